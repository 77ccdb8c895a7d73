package com.repairbot.application.service;

import com.repairbot.application.ApplicationSettings;
import com.repairbot.application.port.out.Staff;
import com.repairbot.domain.request.ActionNotPermittedException;
import com.repairbot.domain.staff.Actor;
import com.repairbot.domain.staff.ChatId;
import com.repairbot.domain.staff.Role;
import com.repairbot.domain.staff.UserId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds who a user is from their id alone: the roles from configuration plus those granted in the
 * product. Nothing a client sends is trusted for this.
 */
public final class Authorizer {

    private final ApplicationSettings settings;
    private final Staff staff;

    /**
     * @param settings the configured admins and dispatchers
     * @param staff    the roles granted in the product
     */
    public Authorizer(ApplicationSettings settings, Staff staff) {
        this.settings = settings;
        this.staff = staff;
    }

    /**
     * Where the bot speaks: in a person's own chat, in the staff group and in the technicians' work groups. In
     * any other group nobody asked it to speak, so it stays silent there, whoever writes (a stranger who added
     * it to a group of their own cannot make it talk, nor slow it down for the staff with the replies).
     *
     * @return whether something sent in {@code chat} by {@code user} is answered
     */
    public boolean speaksIn(ChatId chat, UserId user) {
        if (chat.value() == user.value() || settings.staffGroup().filter(chat::equals).isPresent()) {
            return true;
        }
        return staff.technicians().stream().anyMatch(t -> t.workGroup().filter(chat::equals).isPresent());
    }

    /**
     * @return the user with every role they hold now; a deactivated technician holds the technician role in name
     *         only and acts without it (on no request, not even those still assigned to them)
     */
    public Actor actorOf(UserId user) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(configuredRoles(user));
        roles.addAll(staff.grantedRoles(user));
        if (roles.contains(Role.TECHNICIAN) && staff.technician(user).filter(t -> !t.active()).isPresent()) {
            roles.remove(Role.TECHNICIAN);
        }
        return new Actor(user, roles);
    }

    /** @return the roles the configuration gives that user (they cannot be revoked in the product) */
    public Set<Role> configuredRoles(UserId user) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (settings.admins().contains(user)) {
            roles.add(Role.ADMIN);
        }
        if (settings.dispatchers().contains(user)) {
            roles.add(Role.DISPATCHER);
        }
        return roles;
    }

    /**
     * @return the actor, when they hold one of the roles
     * @throws ActionNotPermittedException otherwise
     */
    public Actor require(UserId user, String action, Role... anyOf) {
        Actor actor = actorOf(user);
        for (Role role : anyOf) {
            if (actor.has(role)) {
                return actor;
            }
        }
        throw new ActionNotPermittedException(action, Optional.empty());
    }

    /**
     * @return the actor, when they are office staff ({@link Actor#isOffice()}: a dispatcher or an admin)
     * @throws ActionNotPermittedException otherwise
     */
    public Actor requireOffice(UserId user, String action) {
        Actor actor = actorOf(user);
        if (!actor.isOffice()) {
            throw new ActionNotPermittedException(action, Optional.empty());
        }
        return actor;
    }

    /** @return everyone holding that role, by configuration or grant, in ascending id order */
    public List<UserId> holders(Role role) {
        Set<UserId> holders = new TreeSet<>((a, b) -> Long.compare(a.value(), b.value()));
        holders.addAll(staff.withRole(role));
        if (role == Role.ADMIN) {
            holders.addAll(settings.admins());
        } else if (role == Role.DISPATCHER) {
            holders.addAll(settings.dispatchers());
        }
        return List.copyOf(holders);
    }
}
