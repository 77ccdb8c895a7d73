package com.repairbot.application.port.in;

/** The office refuses or cancels a request, with a reason. */
public interface RefuseRequestUseCase {

    /**
     * @param command what to do and who asks
     * @return the outcome
     * @throws com.repairbot.domain.request.ActionNotPermittedException when the actor may not do it
     */
    RequestChangeResult refuse(RefuseRequestCommand command);
}
