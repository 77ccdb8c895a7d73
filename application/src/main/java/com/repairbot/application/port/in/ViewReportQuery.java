package com.repairbot.application.port.in;

import com.repairbot.domain.report.ReportPeriod;
import com.repairbot.domain.staff.UserId;
import java.util.Objects;

/**
 * The query of {@link ViewReportUseCase}.
 *
 * @param actor  who asks (authorised by the server on every call)
 * @param period the days covered
 * @param own    {@code true} for the actor's own statistics as a technician; {@code false} for everyone's
 *               (dispatchers and admins only)
 */
public record ViewReportQuery(UserId actor, ReportPeriod period, boolean own) {

    public ViewReportQuery {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(period, "period");
    }
}
