package com.repairbot.domain.staff;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Who is acting, with the roles the server found for them (never what a client claims).
 *
 * @param id    the acting user
 * @param roles the roles they hold now
 */
public record Actor(UserId id, Set<Role> roles) {

    public Actor {
        Objects.requireNonNull(id, "id");
        // an EnumSet of its own behind a read-only view: every update builds an actor, and Set.copyOf hashed the
        // roles into a new set after the EnumSet copy (issue 19)
        roles = roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }

    /** @return an actor holding the given roles */
    public static Actor of(UserId id, Role... roles) {
        return new Actor(id, roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles));
    }

    /** @return whether the actor holds that role */
    public boolean has(Role role) {
        return roles.contains(role);
    }

    /**
     * The office rule, the one place that says who counts as office: a dispatcher or an admin. The office enters
     * requests, sees every request and every client's phone, and may ping a technician.
     *
     * @return whether the actor is office staff
     */
    public boolean isOffice() {
        return roles.contains(Role.DISPATCHER) || roles.contains(Role.ADMIN);
    }

    /** @return whether the actor holds any role at all (is staff) */
    public boolean isStaff() {
        return !roles.isEmpty();
    }
}
