package com.repairbot.adapter.postgres;

import com.repairbot.adapter.postgres.testing.TemporaryPostgres;
import com.repairbot.application.port.out.RequestNumbers;
import com.repairbot.application.port.out.contract.RequestNumbersContract;
import org.junit.jupiter.api.AfterEach;

class PostgresRequestNumbersIT extends RequestNumbersContract {

    private final TemporaryPostgres databases = new TemporaryPostgres();

    @Override
    protected RequestNumbers newStore() {
        return new PostgresRequestNumbers(databases.open());
    }

    @AfterEach
    void closeDatabases() {
        databases.closeAll();
    }
}
