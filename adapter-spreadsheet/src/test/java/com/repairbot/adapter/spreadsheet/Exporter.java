package com.repairbot.adapter.spreadsheet;

import com.repairbot.application.ApplicationSettings;
import com.repairbot.application.memory.InMemoryStaff;
import com.repairbot.application.port.in.ExportReportCommand;
import com.repairbot.application.port.in.ExportResult;
import com.repairbot.application.port.out.ReportQueries;
import com.repairbot.application.port.out.SpreadsheetFormat;
import com.repairbot.application.service.Authorizer;
import com.repairbot.application.service.PeopleService;
import com.repairbot.application.service.ReportService;
import com.repairbot.application.testing.Requests;
import com.repairbot.domain.report.ReportPeriod;
import com.repairbot.domain.staff.Person;
import com.repairbot.domain.staff.UserId;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The core's export use case on this adapter's writers, as a dispatcher asks for it. */
final class Exporter {

    static final UserId DISPATCHER = new UserId(2);

    private Exporter() {
    }

    static ExportResult export(ReportQueries reports, Path folder, SpreadsheetFormat format) {
        ApplicationSettings settings = ApplicationSettings.defaults(Set.of(), Set.of(DISPATCHER));
        InMemoryStaff staff = new InMemoryStaff();
        // the technician and the dispatcher of the generated requests, known by name (a technician 301-306 is not)
        staff.savePerson(new Person(Requests.TECHNICIAN, "Сергей", "Петров", "", "", Optional.empty(), false));
        staff.savePerson(new Person(Requests.DISPATCHER, "Анна", "Смирнова", "", "", Optional.empty(), false));
        ReportService service = new ReportService(settings, new Authorizer(settings, staff), reports,
                new FileSpreadsheets(), folder, new PeopleService(staff));
        return service.export(new ExportReportCommand(DISPATCHER, ReportPeriod.between(LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 31)), format, false, Locale.forLanguageTag("ru")));
    }
}
