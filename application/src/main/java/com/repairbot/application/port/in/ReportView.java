package com.repairbot.application.port.in;

import com.repairbot.application.port.out.ReportFigures;
import com.repairbot.domain.report.ReportPeriod;
import com.repairbot.domain.staff.UserId;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of {@link ViewReportUseCase}.
 *
 * @param period     the days covered
 * @param technician whose own statistics these are; empty for everyone's
 * @param figures    the figures of the requests entered in the period
 */
public record ReportView(ReportPeriod period, Optional<UserId> technician, ReportFigures figures) {

    public ReportView {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(technician, "technician");
        Objects.requireNonNull(figures, "figures");
    }
}
