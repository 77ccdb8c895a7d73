package com.repairbot.application.port.in;

/** Closes the request with its money; the split is computed by the configured policy. */
public interface CompleteRequestUseCase {

    /**
     * @param command what to do and who asks
     * @return the outcome
     * @throws com.repairbot.domain.request.ActionNotPermittedException when the actor may not do it
     */
    RequestChangeResult complete(CompleteRequestCommand command);
}
