package com.repairbot.adapter.postgres;

import com.repairbot.adapter.postgres.testing.TemporaryPostgres;
import com.repairbot.application.port.out.ConversationStore;
import com.repairbot.application.port.out.contract.ConversationStoreContract;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;

class PostgresConversationStoreIT extends ConversationStoreContract {

    private final TemporaryPostgres databases = new TemporaryPostgres();

    @Override
    protected ConversationStore newStore(Clock clock, Duration ttl) {
        return new PostgresConversationStore(databases.open(), clock, ttl);
    }

    @AfterEach
    void closeDatabases() {
        databases.closeAll();
    }
}
