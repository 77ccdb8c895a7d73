package com.repairbot.application.port.in;

/** Binds a technician's work group (admin). */
public interface BindWorkGroupUseCase {

    /**
     * @param command what to do and who asks
     * @return the outcome
     * @throws com.repairbot.domain.request.ActionNotPermittedException when the actor may not do it
     */
    TechnicianResult bind(BindWorkGroupCommand command);
}
