package com.repairbot.domain.request;

import java.util.Set;

/**
 * The move exists but the acting person is not one of its parties (a dispatcher closing, a technician
 * acting on a request that is not theirs).
 */
public final class MoveNotPermittedException extends TransitionRefusedException {

    /** @see TransitionRefusedException */
    public MoveNotPermittedException(RequestNumber number, Status current, Status target, Set<Status> allowed) {
        super("not permitted", number, current, target, allowed);
    }
}
