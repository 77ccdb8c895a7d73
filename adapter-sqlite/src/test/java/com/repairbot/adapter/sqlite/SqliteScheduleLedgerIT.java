package com.repairbot.adapter.sqlite;

import com.repairbot.application.port.out.ScheduleLedger;
import com.repairbot.application.port.out.contract.ScheduleLedgerContract;
import org.junit.jupiter.api.AfterEach;

class SqliteScheduleLedgerIT extends ScheduleLedgerContract {

    private final TemporaryDatabase databases = new TemporaryDatabase();

    @Override
    protected ScheduleLedger newLedger() {
        return new SqliteScheduleLedger(databases.open());
    }

    @AfterEach
    void closeDatabases() {
        databases.closeAll();
    }
}
