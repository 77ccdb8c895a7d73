package com.repairbot.adapter.sqlite;

import com.repairbot.application.port.out.contract.ReportQueriesContract;
import org.junit.jupiter.api.AfterEach;

class SqliteReportQueriesIT extends ReportQueriesContract {

    private final TemporaryDatabase databases = new TemporaryDatabase();

    @Override
    protected Store newStore() {
        SqliteDatabase database = databases.open();
        return new Store(new SqliteRepairRequests(database), new SqliteReportQueries(database));
    }

    @AfterEach
    void closeDatabases() {
        databases.closeAll();
    }
}
