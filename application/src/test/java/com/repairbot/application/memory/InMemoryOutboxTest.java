package com.repairbot.application.memory;

import com.repairbot.application.port.out.Outbox;
import com.repairbot.application.port.out.contract.OutboxContract;

/** The reference implementation held to the contract every adapter meets. */
class InMemoryOutboxTest extends OutboxContract {

    @Override
    protected Outbox newStore() {
        return new InMemoryOutbox();
    }
}
