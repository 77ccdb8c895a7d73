package com.repairbot.adapter.postgres;

import com.repairbot.adapter.postgres.testing.TemporaryPostgres;
import com.repairbot.application.port.out.UnreachableChats;
import com.repairbot.application.port.out.contract.UnreachableChatsContract;
import org.junit.jupiter.api.AfterEach;

class PostgresUnreachableChatsIT extends UnreachableChatsContract {

    private final TemporaryPostgres databases = new TemporaryPostgres();

    @Override
    protected UnreachableChats newStore() {
        return new PostgresUnreachableChats(databases.open());
    }

    @AfterEach
    void closeDatabases() {
        databases.closeAll();
    }
}
