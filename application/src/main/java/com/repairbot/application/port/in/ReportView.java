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
 * @param technician whose requests these are; empty for everyone's
 * @param own        whether they are the reader's own statistics (a technician's); otherwise the office's report,
 *                   of everyone or of the one technician chosen
 * @param figures    the figures of the requests entered in the period
 */
public record ReportView(ReportPeriod period, Optional<UserId> technician, boolean own, ReportFigures figures) {

    public ReportView {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(technician, "technician");
        Objects.requireNonNull(figures, "figures");
        if (own && technician.isEmpty()) {
            throw new IllegalArgumentException("one's own statistics are of a technician");
        }
    }

    /** A technician's own statistics ({@code technician} present), or everyone's. */
    public ReportView(ReportPeriod period, Optional<UserId> technician, ReportFigures figures) {
        this(period, technician, technician.isPresent(), figures);
    }
}
