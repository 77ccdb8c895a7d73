package com.repairbot.application.port.in;

/** Brings a REFUSED request back to NEW. */
public interface ReopenRequestUseCase {

    /**
     * @param command what to do and who asks
     * @return the outcome
     * @throws com.repairbot.domain.request.ActionNotPermittedException when the actor may not do it
     */
    RequestChangeResult reopen(ReopenRequestCommand command);
}
