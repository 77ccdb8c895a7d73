package com.repairbot.adapter.sqlite;

import com.repairbot.application.port.out.Staff;
import com.repairbot.application.port.out.contract.StaffContract;
import org.junit.jupiter.api.AfterEach;

class SqliteStaffIT extends StaffContract {

    private final TemporaryDatabase databases = new TemporaryDatabase();

    @Override
    protected Staff newStore() {
        return new SqliteStaff(databases.open());
    }

    @AfterEach
    void closeDatabases() {
        databases.closeAll();
    }
}
