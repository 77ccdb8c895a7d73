package com.repairbot.bootstrap.metrics;

import com.repairbot.application.memory.InMemoryConversationStore;
import com.repairbot.application.port.out.ConversationStore;
import com.repairbot.application.port.out.contract.ConversationStoreContract;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;

/** The counting decorator is held to the same contract as the store it wraps: it must delegate every call. */
class MeteredConversationStoreTest extends ConversationStoreContract {

    @Override
    protected ConversationStore newStore(Clock clock, Duration ttl) {
        return new MeteredConversationStore(new InMemoryConversationStore(clock, ttl), new SimpleMeterRegistry(),
                Duration.ofHours(24), clock);
    }
}
