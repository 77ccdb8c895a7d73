package com.repairbot.application.port.in;

/** The repair takes longer: expected date, optional prepayment. */
public interface StartLongRepairUseCase {

    /**
     * @param command what to do and who asks
     * @return the outcome
     * @throws com.repairbot.domain.request.ActionNotPermittedException when the actor may not do it
     */
    RequestChangeResult startLongRepair(StartLongRepairCommand command);
}
