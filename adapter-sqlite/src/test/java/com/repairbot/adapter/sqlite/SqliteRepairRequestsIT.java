package com.repairbot.adapter.sqlite;

import com.repairbot.application.port.out.RepairRequests;
import com.repairbot.application.port.out.contract.RepairRequestsContract;
import org.junit.jupiter.api.AfterEach;

class SqliteRepairRequestsIT extends RepairRequestsContract {

    private final TemporaryDatabase databases = new TemporaryDatabase();

    @Override
    protected RepairRequests newStore() {
        return new SqliteRepairRequests(databases.open());
    }

    @AfterEach
    void closeDatabases() {
        databases.closeAll();
    }
}
