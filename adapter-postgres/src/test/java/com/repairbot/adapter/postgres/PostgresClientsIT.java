package com.repairbot.adapter.postgres;

import com.repairbot.adapter.postgres.testing.TemporaryPostgres;
import com.repairbot.application.port.out.Clients;
import com.repairbot.application.port.out.contract.ClientsContract;
import org.junit.jupiter.api.AfterEach;

class PostgresClientsIT extends ClientsContract {

    private final TemporaryPostgres databases = new TemporaryPostgres();

    @Override
    protected Clients newStore() {
        return new PostgresClients(databases.open());
    }

    @AfterEach
    void closeDatabases() {
        databases.closeAll();
    }
}
