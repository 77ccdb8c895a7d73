package com.repairbot.application.port.in;

/** Takes an ASSIGNED request back to the pool (dispatcher, admin). */
public interface UnassignTechnicianUseCase {

    /**
     * @param command what to do and who asks
     * @return the outcome
     * @throws com.repairbot.domain.request.ActionNotPermittedException when the actor may not do it
     */
    RequestChangeResult unassign(UnassignTechnicianCommand command);
}
