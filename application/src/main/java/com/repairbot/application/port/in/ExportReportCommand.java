package com.repairbot.application.port.in;

import com.repairbot.application.port.out.SpreadsheetFormat;
import com.repairbot.domain.report.ReportPeriod;
import com.repairbot.domain.staff.UserId;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The command of {@link ExportReportUseCase}.
 *
 * @param actor    who asks (authorised by the server on every call)
 * @param period   the days covered
 * @param format   the file format
 * @param own      {@code true} for the actor's own requests as a technician; {@code false} for everyone's
 * @param language the language of the column titles
 * @param technician for the office's export: only the requests of this technician; empty for everyone's
 */
public record ExportReportCommand(UserId actor, ReportPeriod period, SpreadsheetFormat format, boolean own,
                                  Locale language, Optional<UserId> technician) {

    public ExportReportCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(technician, "technician");
        if (own && technician.isPresent()) {
            throw new IllegalArgumentException("one's own export names no other technician");
        }
    }

    /** The actor's own requests, or everyone's. */
    public ExportReportCommand(UserId actor, ReportPeriod period, SpreadsheetFormat format, boolean own,
                               Locale language) {
        this(actor, period, format, own, language, Optional.empty());
    }
}
