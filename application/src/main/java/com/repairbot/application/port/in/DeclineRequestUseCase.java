package com.repairbot.application.port.in;

/** The assigned technician (or an admin) declines an ASSIGNED request, with a reason. */
public interface DeclineRequestUseCase {

    /**
     * @param command what to do and who asks
     * @return the outcome
     * @throws com.repairbot.domain.request.ActionNotPermittedException when the actor may not do it
     */
    RequestChangeResult decline(DeclineRequestCommand command);
}
