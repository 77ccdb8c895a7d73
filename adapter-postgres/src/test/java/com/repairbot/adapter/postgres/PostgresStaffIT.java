package com.repairbot.adapter.postgres;

import com.repairbot.adapter.postgres.testing.TemporaryPostgres;
import com.repairbot.application.port.out.Staff;
import com.repairbot.application.port.out.contract.StaffContract;
import org.junit.jupiter.api.AfterEach;

class PostgresStaffIT extends StaffContract {

    private final TemporaryPostgres databases = new TemporaryPostgres();

    @Override
    protected Staff newStore() {
        return new PostgresStaff(databases.open());
    }

    @AfterEach
    void closeDatabases() {
        databases.closeAll();
    }
}
