package com.repairbot.adapter.postgres;

import com.repairbot.adapter.postgres.testing.TemporaryPostgres;
import com.repairbot.application.port.out.RepairRequests;
import com.repairbot.application.port.out.contract.RepairRequestsContract;
import org.junit.jupiter.api.AfterEach;

class PostgresRepairRequestsIT extends RepairRequestsContract {

    private final TemporaryPostgres databases = new TemporaryPostgres();

    @Override
    protected RepairRequests newStore() {
        return new PostgresRepairRequests(databases.open());
    }

    @AfterEach
    void closeDatabases() {
        databases.closeAll();
    }
}
