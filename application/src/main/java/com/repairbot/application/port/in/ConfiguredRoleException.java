package com.repairbot.application.port.in;

import com.repairbot.domain.staff.Role;
import com.repairbot.domain.staff.UserId;

/** The role comes from the configuration ({@code ADMIN_IDS}, {@code DISPATCHER_IDS}): it cannot be revoked here. */
public final class ConfiguredRoleException extends RuntimeException {

    private final transient UserId user;
    private final Role role;

    /**
     * @param user whose role
     * @param role the role
     */
    public ConfiguredRoleException(UserId user, Role role) {
        super("role " + role + " of " + user + " is configured");
        this.user = user;
        this.role = role;
    }

    /** @return whose role */
    public UserId user() {
        return user;
    }

    /** @return the role */
    public Role role() {
        return role;
    }
}
