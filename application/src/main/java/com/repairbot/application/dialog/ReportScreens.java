package com.repairbot.application.dialog;

import com.repairbot.application.conversation.CallbackData;
import com.repairbot.application.conversation.Option;
import com.repairbot.application.conversation.Outbound;
import com.repairbot.application.port.in.ExportReportCommand;
import com.repairbot.application.port.in.ExportResult;
import com.repairbot.application.port.in.ReportView;
import com.repairbot.application.port.in.ViewReportQuery;
import com.repairbot.application.port.out.SpreadsheetFormat;
import com.repairbot.application.text.Messages;
import com.repairbot.application.text.Names;
import com.repairbot.application.text.ReportTexts;
import com.repairbot.domain.report.ReportPeriod;
import com.repairbot.domain.report.ReportPeriod.Kind;
import com.repairbot.application.port.in.ListTechniciansQuery;
import com.repairbot.domain.staff.Technician;
import com.repairbot.domain.staff.UserId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The reports menu, a report with its export buttons, and an export as a document. Button data names the
 * scope ({@code a} everyone's, {@code o} the person's own, {@code t<id>} one technician's, for the office) and
 * the period by its dates, so that an export pressed tomorrow still exports the days shown.
 */
final class ReportScreens {

    static final String ALL = "a";
    static final String OWN = "o";

    /**
     * Whose requests a report holds.
     *
     * @param own        the reader's own (a technician's statistics)
     * @param technician the one technician the office chose; empty with {@code own} or for everyone's
     */
    record Scope(boolean own, Optional<UserId> technician) {

        static final Scope EVERYONE = new Scope(false, Optional.empty());
        static final Scope MINE = new Scope(true, Optional.empty());

        static Scope of(boolean own) {
            return own ? MINE : EVERYONE;
        }

        /** @return the scope named in button data: {@code a}, {@code o} or {@code t<id>} */
        static Scope parse(String code) {
            if (code.equals(OWN)) {
                return MINE;
            }
            if (code.startsWith("t")) {
                return new Scope(false, Optional.of(UserId.parse(code.substring(1))));
            }
            if (code.equals(ALL)) {
                return EVERYONE;
            }
            throw new IllegalArgumentException("no report scope: " + code);
        }

        String code() {
            return own ? OWN : technician.map(t -> "t" + t.value()).orElse(ALL);
        }
    }

    private static final List<Kind> OFFERED = List.of(Kind.TODAY, Kind.YESTERDAY, Kind.WEEK, Kind.MONTH,
            Kind.PREVIOUS_WEEK, Kind.PREVIOUS_MONTH);
    private static final Map<Kind, String> WORDS = Map.of(Kind.TODAY, "today", Kind.YESTERDAY, "yesterday",
            Kind.WEEK, "week", Kind.MONTH, "month", Kind.PREVIOUS_WEEK, "prevweek", Kind.PREVIOUS_MONTH, "prevmonth");

    private final UseCases useCases;

    ReportScreens(UseCases useCases) {
        this.useCases = useCases;
    }

    /** The choice of a period. */
    Outbound periods(DialogContext context, boolean own) {
        Messages m = context.messages();
        String scope = own ? OWN : ALL;
        List<Option> row = OFFERED.stream().map(kind -> Option.choice(m.get("report.choose." + kind.name()),
                new CallbackData.ReportChoice(scope, WORDS.get(kind)).render())).toList();
        return Outbound.withOptions(m.get(own ? "report.menu.own" : "report.menu"), List.of(
                row.subList(0, 2), row.subList(2, 4), row.subList(4, 6),
                List.of(Option.choice(m.get("report.choose.CUSTOM"), new CallbackData.ReportChoice(scope, "custom").render()),
                        Option.choice(m.get("menu.back"), new CallbackData.Menu("menu").render()))));
    }

    /** A report with buttons to export it and to choose another period. */
    Outbound report(DialogContext context, ReportPeriod period, boolean own) {
        return report(context, period, Scope.of(own));
    }

    /** A report of that scope, with buttons to export it, to choose another period and (the office) a technician. */
    Outbound report(DialogContext context, ReportPeriod period, Scope scopeOf) {
        Messages m = context.messages();
        ReportView view = useCases.report().report(new ViewReportQuery(context.actor().id(), period, scopeOf.own(),
                scopeOf.technician()));
        String scope = scopeOf.code();
        String code = period.code();
        List<List<Option>> rows = new ArrayList<>();
        rows.add(List.of(new CallbackData.ExportChoice("xlsx", scope, code).option(m.get("report.export.xlsx")),
                new CallbackData.ExportChoice("csv", scope, code).option(m.get("report.export.csv"))));
        if (!scopeOf.own()) {
            rows.add(List.of(new CallbackData.TechnicianReport(code).option(m.get("report.by_technician_button"))));
        }
        rows.add(List.of(new CallbackData.Menu(scopeOf.own() ? "mystats" : "reports").option(m.get("report.other_period")),
                new CallbackData.Menu("menu").option(m.get("menu.back"))));
        return Outbound.withOptions(new ReportTexts(m, names(context)).report(view), rows);
    }

    /** The office chooses the technician whose report of the period to show. */
    Outbound pickTechnician(DialogContext context, ReportPeriod period) {
        Messages m = context.messages();
        List<Technician> all = useCases.technicians()
                .technicians(new ListTechniciansQuery(context.actor().id(), false)).technicians();
        List<List<Option>> rows = new ArrayList<>();
        for (Technician t : all) {
            rows.add(List.of(new CallbackData.ReportChoice("t" + t.id().value(), period.code())
                    .option(m.get("report.pick_line", names(context).withId(t.id()), t.specialization().value()))));
        }
        rows.add(List.of(new CallbackData.ReportChoice(ALL, period.code()).option(m.get("report.everyone")),
                new CallbackData.Menu("menu").option(m.get("menu.back"))));
        return Outbound.withOptions(m.get(all.isEmpty() ? "technicians.none" : "report.pick",
                new ReportTexts(m, names(context)).period(period)), rows);
    }

    /** The export as a document, its caption saying what it holds. */
    Outbound export(DialogContext context, ReportPeriod period, SpreadsheetFormat format, boolean own) {
        return export(context, period, format, Scope.of(own));
    }

    /** The export of that scope as a document. */
    Outbound export(DialogContext context, ReportPeriod period, SpreadsheetFormat format, Scope scopeOf) {
        Messages m = context.messages();
        boolean own = scopeOf.own();
        ExportResult result = useCases.export().export(new ExportReportCommand(context.actor().id(), period, format,
                own, context.inbound().language(), scopeOf.technician()));
        String scope = scopeOf.code();
        SpreadsheetFormat other = format == SpreadsheetFormat.XLSX ? SpreadsheetFormat.CSV : SpreadsheetFormat.XLSX;
        List<List<Option>> rows = List.of(
                List.of(new CallbackData.ExportChoice(other.extension(), scope, period.code())
                        .option(m.get("report.export." + other.extension()))),
                List.of(new CallbackData.Menu(own ? "mystats" : "reports").option(m.get("report.other_period")),
                        new CallbackData.Menu("menu").option(m.get("menu.back"))));
        return Outbound.document(result.document(), m.get("report.exported",
                new ReportTexts(m, names(context)).period(period), result.rows()), rows);
    }

    /** @return the format named in a command or button ({@code xlsx}, {@code csv}) */
    static SpreadsheetFormat format(String word) {
        return SpreadsheetFormat.valueOf(word.strip().toUpperCase(Locale.ROOT));
    }

    private Names names(DialogContext context) {
        return new Names(useCases.people()::person, context.messages());
    }
}
