package com.repairbot.adapter.sqlite;

import com.repairbot.application.port.out.ProcessedUpdates;
import com.repairbot.application.port.out.contract.ProcessedUpdatesContract;
import org.junit.jupiter.api.AfterEach;

class SqliteProcessedUpdatesIT extends ProcessedUpdatesContract {

    private final TemporaryDatabase databases = new TemporaryDatabase();

    @Override
    protected ProcessedUpdates newStore() {
        return new SqliteProcessedUpdates(databases.open());
    }

    @AfterEach
    void closeDatabases() {
        databases.closeAll();
    }
}
