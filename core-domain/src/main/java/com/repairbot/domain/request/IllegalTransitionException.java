package com.repairbot.domain.request;

import java.util.Set;

/** The move does not exist in the {@link TransitionTable} (e.g. NEW → CLOSED). */
public final class IllegalTransitionException extends TransitionRefusedException {

    /** @see TransitionRefusedException */
    public IllegalTransitionException(RequestNumber number, Status current, Status target, Set<Status> allowed) {
        super("no such move", number, current, target, allowed);
    }
}
