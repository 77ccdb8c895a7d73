package com.repairbot.application.port.out;

import java.util.List;

/** Who did what; written in the same transaction as the change it records. */
public interface AuditLog {

    /** Appends an entry. */
    void record(AuditEntry entry);

    /** @return the newest entries, newest first */
    List<AuditEntry> latest(int limit);

    /**
     * @param filter which entries (one request's, one person's, or all), from an index
     * @param offset how many of the newest to skip
     * @param limit  how many at most
     * @return those entries, newest recorded first
     */
    List<AuditEntry> find(AuditFilter filter, int offset, int limit);

    /** @return how many entries {@link #find} has in all */
    int count(AuditFilter filter);
}
