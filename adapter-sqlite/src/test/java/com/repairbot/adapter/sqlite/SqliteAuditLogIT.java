package com.repairbot.adapter.sqlite;

import com.repairbot.application.port.out.AuditLog;
import com.repairbot.application.port.out.contract.AuditLogContract;
import org.junit.jupiter.api.AfterEach;

class SqliteAuditLogIT extends AuditLogContract {

    private final TemporaryDatabase databases = new TemporaryDatabase();

    @Override
    protected AuditLog newStore() {
        return new SqliteAuditLog(databases.open());
    }

    @AfterEach
    void closeDatabases() {
        databases.closeAll();
    }
}
