package com.repairbot.adapter.postgres;

import com.repairbot.adapter.postgres.testing.TemporaryPostgres;
import com.repairbot.application.port.out.contract.ReportQueriesContract;
import org.junit.jupiter.api.AfterEach;

class PostgresReportQueriesIT extends ReportQueriesContract {

    private final TemporaryPostgres databases = new TemporaryPostgres();

    @Override
    protected Store newStore() {
        PostgresDatabase database = databases.open();
        return new Store(new PostgresRepairRequests(database), new PostgresReportQueries(database));
    }

    @AfterEach
    void closeDatabases() {
        databases.closeAll();
    }
}
