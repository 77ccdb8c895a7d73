package com.repairbot.application.dialog;

import com.repairbot.application.conversation.Option;
import com.repairbot.application.conversation.Outbound;
import com.repairbot.application.port.in.ExportReportCommand;
import com.repairbot.application.port.in.ExportResult;
import com.repairbot.application.port.in.ReportView;
import com.repairbot.application.port.in.ViewReportQuery;
import com.repairbot.application.port.out.SpreadsheetFormat;
import com.repairbot.application.text.Messages;
import com.repairbot.application.text.ReportTexts;
import com.repairbot.domain.report.ReportPeriod;
import com.repairbot.domain.report.ReportPeriod.Kind;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The reports menu, a report with its export buttons, and an export as a document. Button data names the
 * scope ({@code a} everyone's, {@code o} the person's own) and the period by its dates, so that an export
 * pressed tomorrow still exports the days shown.
 */
final class ReportScreens {

    /** {@code p:<scope>:<period>}: show a report. */
    static final String PERIOD = "p:";
    /** {@code x:<format>:<scope>:<period>}: export it. */
    static final String EXPORT = "x:";
    static final String ALL = "a";
    static final String OWN = "o";

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
                PERIOD + scope + ":" + WORDS.get(kind))).toList();
        return Outbound.withOptions(m.get(own ? "report.menu.own" : "report.menu"), List.of(
                row.subList(0, 2), row.subList(2, 4), row.subList(4, 6),
                List.of(Option.choice(m.get("report.choose.CUSTOM"), PERIOD + scope + ":custom"),
                        Option.choice(m.get("menu.back"), Screens.MENU + "menu"))));
    }

    /** A report with buttons to export it and to choose another period. */
    Outbound report(DialogContext context, ReportPeriod period, boolean own) {
        Messages m = context.messages();
        ReportView view = useCases.report().report(new ViewReportQuery(context.actor().id(), period, own));
        String scope = own ? OWN : ALL;
        String code = period.code();
        return Outbound.withOptions(new ReportTexts(m).report(view), List.of(
                List.of(Option.choice(m.get("report.export.xlsx"), EXPORT + "xlsx:" + scope + ":" + code),
                        Option.choice(m.get("report.export.csv"), EXPORT + "csv:" + scope + ":" + code)),
                List.of(Option.choice(m.get("report.other_period"), Screens.MENU + (own ? "mystats" : "reports")),
                        Option.choice(m.get("menu.back"), Screens.MENU + "menu"))));
    }

    /** The export as a document, its caption saying what it holds. */
    Outbound export(DialogContext context, ReportPeriod period, SpreadsheetFormat format, boolean own) {
        Messages m = context.messages();
        ExportResult result = useCases.export().export(new ExportReportCommand(context.actor().id(), period, format,
                own, context.inbound().language()));
        String scope = own ? OWN : ALL;
        SpreadsheetFormat other = format == SpreadsheetFormat.XLSX ? SpreadsheetFormat.CSV : SpreadsheetFormat.XLSX;
        List<List<Option>> rows = List.of(
                List.of(Option.choice(m.get("report.export." + other.extension()),
                        EXPORT + other.extension() + ":" + scope + ":" + period.code())),
                List.of(Option.choice(m.get("report.other_period"), Screens.MENU + (own ? "mystats" : "reports")),
                        Option.choice(m.get("menu.back"), Screens.MENU + "menu")));
        return Outbound.document(result.document(), m.get("report.exported",
                new ReportTexts(m).period(period), result.rows()), rows);
    }

    /** @return the format named in a command or button ({@code xlsx}, {@code csv}) */
    static SpreadsheetFormat format(String word) {
        return SpreadsheetFormat.valueOf(word.strip().toUpperCase(Locale.ROOT));
    }
}
