package com.repairbot.adapter.postgres;

import com.repairbot.adapter.postgres.testing.TemporaryPostgres;
import com.repairbot.application.port.out.ProcessedUpdates;
import com.repairbot.application.port.out.contract.ProcessedUpdatesContract;
import org.junit.jupiter.api.AfterEach;

class PostgresProcessedUpdatesIT extends ProcessedUpdatesContract {

    private final TemporaryPostgres databases = new TemporaryPostgres();

    private PostgresDatabase last;

    @Override
    protected ProcessedUpdates newStore() {
        last = databases.open();
        return new PostgresProcessedUpdates(last);
    }

    /** Another pool on the same database, as another instance has. */
    @Override
    protected ProcessedUpdates anotherOnTheSameData() {
        return new PostgresProcessedUpdates(databases.open(last.location(), 2));
    }

    @AfterEach
    void closeDatabases() {
        databases.closeAll();
    }
}
