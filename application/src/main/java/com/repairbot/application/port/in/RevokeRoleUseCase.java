package com.repairbot.application.port.in;

/** Revokes a role granted in the product (admin); roles from configuration stay. */
public interface RevokeRoleUseCase {

    /**
     * @param command what to do and who asks
     * @return the outcome
     * @throws com.repairbot.domain.request.ActionNotPermittedException when the actor may not do it
     */
    RoleResult revoke(RevokeRoleCommand command);
}
