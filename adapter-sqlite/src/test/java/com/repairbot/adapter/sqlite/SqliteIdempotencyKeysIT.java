package com.repairbot.adapter.sqlite;

import com.repairbot.application.port.out.IdempotencyKeys;
import com.repairbot.application.port.out.contract.IdempotencyKeysContract;
import org.junit.jupiter.api.AfterEach;

class SqliteIdempotencyKeysIT extends IdempotencyKeysContract {

    private final TemporaryDatabase databases = new TemporaryDatabase();

    @Override
    protected IdempotencyKeys newStore() {
        return new SqliteIdempotencyKeys(databases.open());
    }

    @AfterEach
    void closeDatabases() {
        databases.closeAll();
    }
}
