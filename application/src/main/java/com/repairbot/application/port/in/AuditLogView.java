package com.repairbot.application.port.in;

import com.repairbot.application.port.out.AuditEntry;
import java.util.List;

/** @param entries the newest entries, newest first */
public record AuditLogView(List<AuditEntry> entries) {

    public AuditLogView {
        entries = List.copyOf(entries);
    }
}
