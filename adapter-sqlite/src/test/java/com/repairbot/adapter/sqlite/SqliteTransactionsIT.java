package com.repairbot.adapter.sqlite;

import com.repairbot.application.port.out.Transactions;
import com.repairbot.application.port.out.contract.TransactionsContract;
import org.junit.jupiter.api.AfterEach;

class SqliteTransactionsIT extends TransactionsContract {

    private final TemporaryDatabase databases = new TemporaryDatabase();

    @Override
    protected Transactions newTransactions() {
        return new SqliteTransactions(databases.open());
    }

    @AfterEach
    void closeDatabases() {
        databases.closeAll();
    }
}
