package com.repairbot.application.port.in;

/** Corrects one field of a request. */
public interface EditRequestFieldUseCase {

    /**
     * @param command what to do and who asks
     * @return the outcome
     * @throws com.repairbot.domain.request.ActionNotPermittedException when the actor may not do it
     */
    RequestChangeResult edit(EditRequestFieldCommand command);
}
