package com.repairbot.adapter.postgres;

import com.repairbot.adapter.postgres.testing.TemporaryPostgres;
import com.repairbot.application.port.out.IdempotencyKeys;
import com.repairbot.application.port.out.contract.IdempotencyKeysContract;
import org.junit.jupiter.api.AfterEach;

class PostgresIdempotencyKeysIT extends IdempotencyKeysContract {

    private final TemporaryPostgres databases = new TemporaryPostgres();

    @Override
    protected IdempotencyKeys newStore() {
        return new PostgresIdempotencyKeys(databases.open());
    }

    @AfterEach
    void closeDatabases() {
        databases.closeAll();
    }
}
