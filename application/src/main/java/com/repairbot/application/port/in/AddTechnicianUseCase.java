package com.repairbot.application.port.in;

/** Adds a technician (admin); they get the technician role. */
public interface AddTechnicianUseCase {

    /**
     * @param command what to do and who asks
     * @return the outcome
     * @throws com.repairbot.domain.request.ActionNotPermittedException when the actor may not do it
     */
    TechnicianResult addTechnician(AddTechnicianCommand command);
}
