package com.repairbot.adapter.sqlite;

import com.repairbot.application.port.out.ProcessedUpdates;
import com.repairbot.application.port.out.contract.ProcessedUpdatesContract;
import org.junit.jupiter.api.AfterEach;

class SqliteProcessedUpdatesIT extends ProcessedUpdatesContract {

    private final TemporaryDatabase databases = new TemporaryDatabase();

    private SqliteDatabase last;

    @Override
    protected ProcessedUpdates newStore() {
        last = databases.open();
        return new SqliteProcessedUpdates(last);
    }

    @Override
    protected ProcessedUpdates anotherOnTheSameData() {
        return new SqliteProcessedUpdates(databases.openAgain(last));
    }

    @AfterEach
    void closeDatabases() {
        databases.closeAll();
    }
}
