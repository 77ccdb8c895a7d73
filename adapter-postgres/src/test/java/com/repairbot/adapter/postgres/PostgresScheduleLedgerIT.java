package com.repairbot.adapter.postgres;

import com.repairbot.adapter.postgres.testing.TemporaryPostgres;
import com.repairbot.application.port.out.ScheduleLedger;
import com.repairbot.application.port.out.contract.ScheduleLedgerContract;
import org.junit.jupiter.api.AfterEach;

class PostgresScheduleLedgerIT extends ScheduleLedgerContract {

    private final TemporaryPostgres databases = new TemporaryPostgres();

    @Override
    protected ScheduleLedger newLedger() {
        return new PostgresScheduleLedger(databases.open());
    }

    @AfterEach
    void closeDatabases() {
        databases.closeAll();
    }
}
