package com.repairbot.adapter.postgres;

import com.repairbot.adapter.postgres.testing.TemporaryPostgres;
import com.repairbot.application.port.out.Outbox;
import com.repairbot.application.port.out.contract.OutboxContract;
import org.junit.jupiter.api.AfterEach;

class PostgresOutboxIT extends OutboxContract {

    private final TemporaryPostgres databases = new TemporaryPostgres();

    @Override
    protected Outbox newStore() {
        return new PostgresOutbox(databases.open());
    }

    @AfterEach
    void closeDatabases() {
        databases.closeAll();
    }
}
