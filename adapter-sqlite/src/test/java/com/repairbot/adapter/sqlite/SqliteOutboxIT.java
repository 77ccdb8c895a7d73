package com.repairbot.adapter.sqlite;

import com.repairbot.application.port.out.Outbox;
import com.repairbot.application.port.out.contract.OutboxContract;
import org.junit.jupiter.api.AfterEach;

class SqliteOutboxIT extends OutboxContract {

    private final TemporaryDatabase databases = new TemporaryDatabase();

    @Override
    protected Outbox newStore() {
        return new SqliteOutbox(databases.open());
    }

    @AfterEach
    void closeDatabases() {
        databases.closeAll();
    }
}
