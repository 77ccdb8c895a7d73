package com.repairbot.application.port.in;

/** Activates or deactivates a technician (admin). */
public interface SetTechnicianActiveUseCase {

    /**
     * @param command what to do and who asks
     * @return the outcome
     * @throws com.repairbot.domain.request.ActionNotPermittedException when the actor may not do it
     */
    TechnicianResult setActive(SetTechnicianActiveCommand command);
}
