package com.repairbot.domain.request;

import com.repairbot.domain.staff.Actor;
import com.repairbot.domain.staff.Role;

/** Who may make a move, relative to the request: a role, being its assigned technician, or being its client. */
public enum Party {
    /** Anyone holding the dispatcher role. */
    DISPATCHER,
    /** Anyone holding the admin role. */
    ADMIN,
    /** The technician assigned to this very request. */
    ASSIGNED_TECHNICIAN,
    /** The client linked to this very request (who sent it, or whose shared phone the office entered). */
    CLIENT;

    /** @return whether the actor is this party for the given request */
    public boolean includes(Actor actor, RepairRequest request) {
        return switch (this) {
            case DISPATCHER -> actor.has(Role.DISPATCHER);
            case ADMIN -> actor.has(Role.ADMIN);
            case ASSIGNED_TECHNICIAN -> actor.has(Role.TECHNICIAN)
                    && request.technician().filter(actor.id()::equals).isPresent();
            case CLIENT -> request.clientSide().isClient(actor.id());
        };
    }
}
