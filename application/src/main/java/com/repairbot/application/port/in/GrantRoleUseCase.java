package com.repairbot.application.port.in;

/** Grants a role (admin). */
public interface GrantRoleUseCase {

    /**
     * @param command what to do and who asks
     * @return the outcome
     * @throws com.repairbot.domain.request.ActionNotPermittedException when the actor may not do it
     */
    RoleResult grant(GrantRoleCommand command);
}
