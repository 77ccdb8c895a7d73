package com.repairbot.application.port.in;

import com.repairbot.application.port.out.AuditEntry;
import com.repairbot.application.port.out.AuditFilter;
import java.util.List;
import java.util.Objects;

/**
 * One page of the audit log.
 *
 * @param entries  the entries of the page, newest first
 * @param filter   the filter used
 * @param page     0-based page number
 * @param pageSize entries per page
 * @param total    entries matching the filter
 */
public record AuditLogView(List<AuditEntry> entries, AuditFilter filter, int page, int pageSize, int total) {

    public AuditLogView {
        entries = List.copyOf(entries);
        Objects.requireNonNull(filter, "filter");
    }

    /** @return whether an earlier (newer) page exists */
    public boolean hasPrevious() {
        return page > 0;
    }

    /** @return whether a later (older) page exists */
    public boolean hasNext() {
        return (long) (page + 1) * pageSize < total;
    }

    /** @return how many pages there are (at least 1) */
    public int pages() {
        return Math.max(1, (total + pageSize - 1) / pageSize);
    }
}
