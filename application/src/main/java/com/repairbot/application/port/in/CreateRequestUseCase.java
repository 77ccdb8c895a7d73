package com.repairbot.application.port.in;

/** Enters a new request (dispatcher, admin); stored once per idempotency key. */
public interface CreateRequestUseCase {

    /**
     * @param command what to do and who asks
     * @return the outcome
     * @throws com.repairbot.domain.request.ActionNotPermittedException when the actor may not do it
     */
    CreateRequestResult create(CreateRequestCommand command);
}
