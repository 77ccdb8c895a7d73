package com.repairbot.adapter.sqlite;

import com.repairbot.application.port.out.Clients;
import com.repairbot.application.port.out.contract.ClientsContract;
import org.junit.jupiter.api.AfterEach;

class SqliteClientsIT extends ClientsContract {

    private final TemporaryDatabase databases = new TemporaryDatabase();

    @Override
    protected Clients newStore() {
        return new SqliteClients(databases.open());
    }

    @AfterEach
    void closeDatabases() {
        databases.closeAll();
    }
}
