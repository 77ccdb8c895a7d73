package com.repairbot.application.port.in;

/** Assigns a NEW request, or reassigns an ASSIGNED one to another technician (dispatcher, admin). */
public interface AssignTechnicianUseCase {

    /**
     * @param command what to do and who asks
     * @return the outcome
     * @throws com.repairbot.domain.request.ActionNotPermittedException when the actor may not do it
     */
    RequestChangeResult assign(AssignTechnicianCommand command);
}
