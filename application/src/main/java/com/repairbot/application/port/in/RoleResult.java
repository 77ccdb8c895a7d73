package com.repairbot.application.port.in;

import com.repairbot.domain.staff.Role;
import com.repairbot.domain.staff.UserId;
import java.util.Objects;
import java.util.Set;

/**
 * @param user    whose roles
 * @param roles   the roles they hold now (configured and granted)
 * @param changed whether anything changed
 */
public record RoleResult(UserId user, Set<Role> roles, boolean changed) {

    public RoleResult {
        Objects.requireNonNull(user, "user");
        roles = Set.copyOf(roles);
    }
}
