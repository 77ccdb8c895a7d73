package com.repairbot.adapter.sqlite;

import com.repairbot.application.port.out.UnreachableChats;
import com.repairbot.application.port.out.contract.UnreachableChatsContract;
import org.junit.jupiter.api.AfterEach;

class SqliteUnreachableChatsIT extends UnreachableChatsContract {

    private final TemporaryDatabase databases = new TemporaryDatabase();

    @Override
    protected UnreachableChats newStore() {
        return new SqliteUnreachableChats(databases.open());
    }

    @AfterEach
    void closeDatabases() {
        databases.closeAll();
    }
}
