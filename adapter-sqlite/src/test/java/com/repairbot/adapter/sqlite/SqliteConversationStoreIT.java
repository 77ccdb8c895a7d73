package com.repairbot.adapter.sqlite;

import com.repairbot.application.port.out.ConversationStore;
import com.repairbot.application.port.out.contract.ConversationStoreContract;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;

/** The TTL runs on the injected clock, so the contract's default {@code letTimePass} (move the clock) is enough. */
class SqliteConversationStoreIT extends ConversationStoreContract {

    private final TemporaryDatabase databases = new TemporaryDatabase();

    @Override
    protected ConversationStore newStore(Clock clock, Duration ttl) {
        return new SqliteConversationStore(databases.open(), clock, ttl);
    }

    @AfterEach
    void closeDatabases() {
        databases.closeAll();
    }
}
