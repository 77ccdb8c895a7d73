package com.repairbot.application.memory;

import com.repairbot.application.port.out.AuditEntry;
import com.repairbot.application.port.out.AuditFilter;
import com.repairbot.application.port.out.AuditLog;
import java.util.ArrayList;
import java.util.List;

/** Audit entries in a list. */
public final class InMemoryAuditLog implements AuditLog {

    private final List<AuditEntry> entries = new ArrayList<>();

    @Override
    public synchronized void record(AuditEntry entry) {
        entries.add(entry);
    }

    @Override
    public synchronized List<AuditEntry> latest(int limit) {
        List<AuditEntry> newestFirst = new ArrayList<>(entries.subList(Math.max(0, entries.size() - limit),
                entries.size()));
        java.util.Collections.reverse(newestFirst);
        return List.copyOf(newestFirst);
    }

    @Override
    public synchronized List<AuditEntry> find(AuditFilter filter, int offset, int limit) {
        return entries.reversed().stream().filter(filter::test).skip(Math.max(0, offset)).limit(Math.max(0, limit))
                .toList();
    }

    @Override
    public synchronized int count(AuditFilter filter) {
        return (int) entries.stream().filter(filter::test).count();
    }
}
