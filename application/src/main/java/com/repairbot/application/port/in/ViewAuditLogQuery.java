package com.repairbot.application.port.in;

import com.repairbot.domain.staff.UserId;
import java.util.Objects;

/**
 * The query of {@link ViewAuditLogUseCase}.
 *
 * @param actor who acts (authorised by the server on every call)
 * @param limit how many of the newest entries
 */
public record ViewAuditLogQuery(UserId actor, int limit) {

    public ViewAuditLogQuery {
        Objects.requireNonNull(actor, "actor");
    }
}
