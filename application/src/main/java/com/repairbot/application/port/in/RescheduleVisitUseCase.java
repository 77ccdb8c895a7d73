package com.repairbot.application.port.in;

/** Moves the visit to another time, with a reason. */
public interface RescheduleVisitUseCase {

    /**
     * @param command what to do and who asks
     * @return the outcome
     * @throws com.repairbot.domain.request.ActionNotPermittedException when the actor may not do it
     */
    RequestChangeResult reschedule(RescheduleVisitCommand command);
}
