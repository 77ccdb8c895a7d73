package com.repairbot.adapter.postgres;

import com.repairbot.adapter.postgres.testing.TemporaryPostgres;
import com.repairbot.application.port.out.AuditLog;
import com.repairbot.application.port.out.contract.AuditLogContract;
import org.junit.jupiter.api.AfterEach;

class PostgresAuditLogIT extends AuditLogContract {

    private final TemporaryPostgres databases = new TemporaryPostgres();

    @Override
    protected AuditLog newStore() {
        return new PostgresAuditLog(databases.open());
    }

    @AfterEach
    void closeDatabases() {
        databases.closeAll();
    }
}
