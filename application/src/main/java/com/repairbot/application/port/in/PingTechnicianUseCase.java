package com.repairbot.application.port.in;

/** Tells the assigned technician that the client is waiting. */
public interface PingTechnicianUseCase {

    /**
     * @param command what to do and who asks
     * @return the outcome
     * @throws com.repairbot.domain.request.ActionNotPermittedException when the actor may not do it
     */
    RequestChangeResult ping(PingTechnicianCommand command);
}
