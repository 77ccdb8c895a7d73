package com.repairbot.application.port.in;

import com.repairbot.application.port.out.AuditFilter;
import com.repairbot.domain.staff.UserId;
import java.util.Objects;

/**
 * The query of {@link ViewAuditLogUseCase}.
 *
 * @param actor  who acts (authorised by the server on every call)
 * @param filter one request's entries, one person's, or all
 * @param page   0-based page of {@code limit} entries, newest first
 * @param limit  entries per page (1–200)
 */
public record ViewAuditLogQuery(UserId actor, AuditFilter filter, int page, int limit) {

    public ViewAuditLogQuery {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(filter, "filter");
    }

    /** The newest {@code limit} entries of all. */
    public ViewAuditLogQuery(UserId actor, int limit) {
        this(actor, AuditFilter.ALL, 0, limit);
    }
}
