package com.repairbot.adapter.sqlite;

import com.repairbot.application.ApplicationSettings;
import com.repairbot.application.port.in.ExportReportCommand;
import com.repairbot.application.port.in.ExportResult;
import com.repairbot.application.port.out.SpreadsheetFormat;
import com.repairbot.application.service.Authorizer;
import com.repairbot.application.service.PeopleService;
import com.repairbot.application.service.ReportService;
import com.repairbot.application.testing.LinesOfCells;
import com.repairbot.domain.report.ReportPeriod;
import com.repairbot.domain.staff.UserId;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

/**
 * Run by {@link SqliteExportHeapIT} in a JVM with a small fixed heap: exports a month of requests from the database
 * file and prints how many rows went out and the peak heap used.
 */
public final class ExportFromSqliteChild {

    private ExportFromSqliteChild() {
    }

    /** @param args the database file, the export folder */
    public static void main(String[] args) {
        UserId dispatcher = new UserId(2);
        try (SqliteDatabase database = SqliteDatabase.open(Path.of(args[0]), 2)) {
            ApplicationSettings settings = ApplicationSettings.defaults(Set.of(), Set.of(dispatcher));
            SqliteStaff staff = new SqliteStaff(database);
            ReportService reports = new ReportService(settings, new Authorizer(settings, staff),
                    new SqliteReportQueries(database), new LinesOfCells(), Path.of(args[1]), new PeopleService(staff));
            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            ExportResult result = reports.export(new ExportReportCommand(dispatcher, ReportPeriod.between(
                    LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)), SpreadsheetFormat.CSV, false,
                    Locale.forLanguageTag("ru")));
            long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(pool -> pool.getType() == MemoryType.HEAP)
                    .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
            System.out.println("rows=" + result.rows());
            System.out.println("file=" + result.document().file());
            System.out.println("peak=" + peak);
        }
    }
}
