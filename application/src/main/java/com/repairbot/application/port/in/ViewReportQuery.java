package com.repairbot.application.port.in;

import com.repairbot.domain.report.ReportPeriod;
import com.repairbot.domain.staff.UserId;
import java.util.Objects;
import java.util.Optional;

/**
 * The query of {@link ViewReportUseCase}.
 *
 * @param actor      who asks (authorised by the server on every call)
 * @param period     the days covered
 * @param own        {@code true} for the actor's own statistics as a technician; {@code false} for the office's
 *                   report (dispatchers and admins only)
 * @param technician for the office's report: only the requests of this technician; empty for everyone's
 */
public record ViewReportQuery(UserId actor, ReportPeriod period, boolean own, Optional<UserId> technician) {

    public ViewReportQuery {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(technician, "technician");
        if (own && technician.isPresent()) {
            throw new IllegalArgumentException("one's own statistics name no other technician");
        }
    }

    /** The actor's own statistics, or everyone's. */
    public ViewReportQuery(UserId actor, ReportPeriod period, boolean own) {
        this(actor, period, own, Optional.empty());
    }
}
