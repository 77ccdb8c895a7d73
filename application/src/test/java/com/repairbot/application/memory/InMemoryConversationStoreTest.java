package com.repairbot.application.memory;

import com.repairbot.application.port.out.ConversationStore;
import com.repairbot.application.port.out.contract.ConversationStoreContract;
import java.time.Clock;
import java.time.Duration;

/** The reference implementation held to the contract every adapter meets. */
class InMemoryConversationStoreTest extends ConversationStoreContract {

    @Override
    protected ConversationStore newStore(Clock clock, Duration ttl) {
        return new InMemoryConversationStore(clock, ttl);
    }
}
