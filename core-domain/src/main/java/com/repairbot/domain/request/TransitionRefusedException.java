package com.repairbot.domain.request;

import java.util.EnumSet;
import java.util.Set;

/**
 * A move was refused. Carries the request, its current status, the wanted status and the statuses the
 * acting person may move it to instead, so that a channel can name them.
 */
public abstract sealed class TransitionRefusedException extends RuntimeException
        permits IllegalTransitionException, MoveNotPermittedException {

    private final RequestNumber number;
    private final Status current;
    private final Status target;
    private final Set<Status> allowed;

    TransitionRefusedException(String why, RequestNumber number, Status current, Status target,
                               Set<Status> allowed) {
        super(number + ": " + why + " " + current + " -> " + target + "; allowed: " + allowed);
        this.number = number;
        this.current = current;
        this.target = target;
        this.allowed = allowed.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(allowed));
    }

    /** @return the request concerned */
    public RequestNumber number() {
        return number;
    }

    /** @return its status now */
    public Status current() {
        return current;
    }

    /** @return the status that was asked for */
    public Status target() {
        return target;
    }

    /** @return the statuses the acting person may move it to from {@link #current()} */
    public Set<Status> allowed() {
        return allowed;
    }
}
