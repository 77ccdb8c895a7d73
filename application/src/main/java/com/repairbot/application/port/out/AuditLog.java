package com.repairbot.application.port.out;

import java.util.List;

/** Who did what; written in the same transaction as the change it records. */
public interface AuditLog {

    /** Appends an entry. */
    void record(AuditEntry entry);

    /** @return the newest entries, newest first */
    List<AuditEntry> latest(int limit);
}
