package com.repairbot.adapter.postgres;

import com.repairbot.adapter.postgres.testing.TemporaryPostgres;
import com.repairbot.application.port.out.ProcessedUpdates;
import com.repairbot.application.port.out.contract.ProcessedUpdatesContract;
import org.junit.jupiter.api.AfterEach;

class PostgresProcessedUpdatesIT extends ProcessedUpdatesContract {

    private final TemporaryPostgres databases = new TemporaryPostgres();

    @Override
    protected ProcessedUpdates newStore() {
        return new PostgresProcessedUpdates(databases.open());
    }

    @AfterEach
    void closeDatabases() {
        databases.closeAll();
    }
}
