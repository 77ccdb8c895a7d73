package com.repairbot.application.port.in;

import com.repairbot.application.port.out.SpreadsheetFormat;
import com.repairbot.domain.report.ReportPeriod;
import com.repairbot.domain.staff.UserId;
import java.util.Locale;
import java.util.Objects;

/**
 * The command of {@link ExportReportUseCase}.
 *
 * @param actor    who asks (authorised by the server on every call)
 * @param period   the days covered
 * @param format   the file format
 * @param own      {@code true} for the actor's own requests as a technician; {@code false} for everyone's
 * @param language the language of the column titles
 */
public record ExportReportCommand(UserId actor, ReportPeriod period, SpreadsheetFormat format, boolean own,
                                  Locale language) {

    public ExportReportCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(language, "language");
    }
}
