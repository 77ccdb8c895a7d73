package com.repairbot.application.memory;

import com.repairbot.application.port.out.AuditLog;
import com.repairbot.application.port.out.contract.AuditLogContract;

/** The reference implementation held to the contract every adapter meets. */
class InMemoryAuditLogTest extends AuditLogContract {

    @Override
    protected AuditLog newStore() {
        return new InMemoryAuditLog();
    }
}
