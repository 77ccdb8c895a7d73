package com.repairbot.application.memory;

import com.repairbot.application.port.out.ScheduleLedger;
import com.repairbot.application.port.out.contract.ScheduleLedgerContract;

/** The reference implementation held to the contract every adapter meets. */
class InMemoryScheduleLedgerTest extends ScheduleLedgerContract {

    @Override
    protected ScheduleLedger newLedger() {
        return new InMemoryScheduleLedger();
    }
}
