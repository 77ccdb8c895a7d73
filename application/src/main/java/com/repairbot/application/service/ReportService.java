package com.repairbot.application.service;

import com.repairbot.application.ApplicationSettings;
import com.repairbot.application.conversation.Document;
import com.repairbot.application.port.in.ExportFailedException;
import com.repairbot.application.port.in.ExportReportCommand;
import com.repairbot.application.port.in.ExportReportUseCase;
import com.repairbot.application.port.in.ExportResult;
import com.repairbot.application.port.in.ReportView;
import com.repairbot.application.port.in.ViewReportQuery;
import com.repairbot.application.port.in.ViewReportUseCase;
import com.repairbot.application.port.out.ReportQueries;
import com.repairbot.application.port.out.SheetWriter;
import com.repairbot.application.port.out.Spreadsheets;
import com.repairbot.application.port.out.TimeRange;
import com.repairbot.application.text.Messages;
import com.repairbot.application.text.Names;
import com.repairbot.domain.report.ReportPeriod;
import com.repairbot.domain.staff.Actor;
import com.repairbot.domain.staff.Person;
import com.repairbot.domain.staff.Role;
import com.repairbot.domain.staff.UserId;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reports (docs/reports.md): the figures of a period for dispatchers and admins, a technician's own statistics, and
 * exports written row by row into a file, so that their size does not depend on the heap.
 */
public final class ReportService implements ViewReportUseCase, ExportReportUseCase {

    private final ApplicationSettings settings;
    private final Authorizer authorizer;
    private final ReportQueries reports;
    private final Spreadsheets spreadsheets;
    private final Path exportDirectory;
    private final PeopleService people;

    /**
     * @param exportDirectory where export files are written (created when missing); the channel that delivers
     *                        a file decides whether it stays there
     * @param people          who is who: exports name the technician and the dispatcher of each request
     */
    public ReportService(ApplicationSettings settings, Authorizer authorizer, ReportQueries reports, Spreadsheets spreadsheets,
                         Path exportDirectory, PeopleService people) {
        this.people = people;
        this.settings = settings;
        this.authorizer = authorizer;
        this.reports = reports;
        this.spreadsheets = spreadsheets;
        this.exportDirectory = exportDirectory;
    }

    @Override
    public ReportView report(ViewReportQuery query) {
        Optional<UserId> technician = scope(query.actor(), query.own(), query.technician(), "report.view");
        return new ReportView(query.period(), technician, query.own(),
                reports.figures(range(query.period()), technician));
    }

    @Override
    public ExportResult export(ExportReportCommand command) {
        Optional<UserId> technician = scope(command.actor(), command.own(), command.technician(), "report.export");
        if (!spreadsheets.formats().contains(command.format())) {
            throw new ExportFailedException("no writer for " + command.format(), null);
        }
        Messages messages = Messages.forLanguage(command.language());
        String name = (command.own() ? "my_report_" : technician.map(t -> "report_" + t.value() + "_").orElse("report_"))
                + command.period().code() + "." + command.format().extension();
        Path file = null;
        try {
            Files.createDirectories(exportDirectory);
            file = Files.createTempFile(exportDirectory, "report-", "." + command.format().extension());
            int rows;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file));
                 SheetWriter sheet = spreadsheets.open(command.format(), messages.get("export.sheet"), out)) {
                // the few people of a company, each read once per export however many rows name them
                Map<UserId, Optional<Person>> known = new HashMap<>();
                ExportRows table = new ExportRows(messages, settings.zone(), command.own(),
                        new Names(id -> known.computeIfAbsent(id, people::person), messages));
                sheet.row(table.header());
                reports.forEachEntered(range(command.period()), technician, request -> sheet.row(table.row(request)));
                sheet.row(table.totals());
                sheet.row(table.average());
                rows = table.count();
            }
            return new ExportResult(new Document(name, command.format().mediaType(), file), rows);
        } catch (IOException | UncheckedIOException failure) {
            deleteQuietly(file);
            throw new ExportFailedException("the export file could not be written", failure);
        } catch (RuntimeException failure) {
            deleteQuietly(file); // a half-written file is no use to anyone
            throw failure;
        }
    }

    /**
     * @return whose requests the actor may see: a technician only their own, the office everyone's or the chosen
     *         technician's (a dispatcher or an admin only)
     */
    private Optional<UserId> scope(UserId user, boolean own, Optional<UserId> chosen, String action) {
        if (own) {
            Actor actor = authorizer.require(user, action, Role.TECHNICIAN);
            return Optional.of(actor.id());
        }
        authorizer.requireOffice(user, action);
        return chosen;
    }

    private TimeRange range(ReportPeriod period) {
        return new TimeRange(period.start(settings.zone()), period.end(settings.zone()));
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the folder holds exports only; a leftover is harmless
        }
    }
}
