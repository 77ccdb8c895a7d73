package com.repairbot.adapter.postgres;

import com.repairbot.adapter.postgres.testing.TemporaryPostgres;
import com.repairbot.application.port.out.Locks;
import com.repairbot.application.port.out.contract.LocksContract;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;

class PostgresLocksIT extends LocksContract {

    private final TemporaryPostgres databases = new TemporaryPostgres();

    @Override
    protected Locks newLocks(Clock clock) {
        return new PostgresLocks(databases.open(), clock);
    }

    @AfterEach
    void closeDatabases() {
        databases.closeAll();
    }
}
