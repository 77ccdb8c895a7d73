package com.repairbot.adapter.postgres;

import com.repairbot.adapter.postgres.testing.TemporaryPostgres;
import com.repairbot.application.port.out.Transactions;
import com.repairbot.application.port.out.contract.TransactionsContract;
import org.junit.jupiter.api.AfterEach;

class PostgresTransactionsIT extends TransactionsContract {

    private final TemporaryPostgres databases = new TemporaryPostgres();

    @Override
    protected Transactions newTransactions() {
        return new PostgresTransactions(databases.open());
    }

    @AfterEach
    void closeDatabases() {
        databases.closeAll();
    }
}
