package com.repairbot.adapter.sqlite;

import com.repairbot.application.port.out.RequestNumbers;
import com.repairbot.application.port.out.contract.RequestNumbersContract;
import org.junit.jupiter.api.AfterEach;

class SqliteRequestNumbersIT extends RequestNumbersContract {

    private final TemporaryDatabase databases = new TemporaryDatabase();

    @Override
    protected RequestNumbers newStore() {
        return new SqliteRequestNumbers(databases.open());
    }

    @AfterEach
    void closeDatabases() {
        databases.closeAll();
    }
}
