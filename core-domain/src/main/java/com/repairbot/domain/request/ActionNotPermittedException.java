package com.repairbot.domain.request;

import java.util.Optional;

/**
 * Someone tried an action that is not a status move and is not theirs to make (create a request
 * without being a dispatcher, edit a closed request without being an admin).
 */
public final class ActionNotPermittedException extends RuntimeException {

    private final String action;
    private final transient Optional<RequestNumber> number;

    /**
     * @param action stable name of the action, e.g. {@code create}, {@code edit.address}
     * @param number the request concerned, if any
     */
    public ActionNotPermittedException(String action, Optional<RequestNumber> number) {
        super("not permitted: " + action + number.map(n -> " on " + n).orElse(""));
        this.action = action;
        this.number = number;
    }

    /** @return the action refused */
    public String action() {
        return action;
    }

    /** @return the request concerned, if any */
    public Optional<RequestNumber> number() {
        return number;
    }
}
