package com.repairbot.application.port.in;

import com.repairbot.domain.staff.Role;
import com.repairbot.domain.staff.UserId;
import java.util.Objects;

/**
 * The command of {@link GrantRoleUseCase}.
 *
 * @param actor who acts (authorised by the server on every call)
 * @param user who gets it
 * @param role the role
 */
public record GrantRoleCommand(UserId actor, UserId user, Role role) {

    public GrantRoleCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(role, "role");
    }
}
