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

    static final String ALL = "a";
    static final String OWN = "o";

    private static final List<Kind> OFFERED = List.of(Kind.TODAY, Kind.YESTERDAY, Kind.WEEK, Kind.MONTH);
    private static final Map<Kind, String> WORDS = Map.of(Kind.TODAY, "today", Kind.YESTERDAY, "yesterday",
            Kind.WEEK, "week", Kind.MONTH, "month");

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
                row.subList(0, 2), row.subList(2, 4),
                List.of(Option.choice(m.get("report.choose.CUSTOM"), new CallbackData.ReportChoice(scope, "custom").render()),
                        Option.choice(m.get("menu.back"), new CallbackData.Menu("menu").render()))));
    }

    /** A report with buttons to export it and to choose another period. */
    Outbound report(DialogContext context, ReportPeriod period, boolean own) {
        Messages m = context.messages();
        ReportView view = useCases.report().report(new ViewReportQuery(context.actor().id(), period, own));
        String scope = own ? OWN : ALL;
        String code = period.code();
        return Outbound.withOptions(new ReportTexts(m).report(view), List.of(
                List.of(Option.choice(m.get("report.export.xlsx"), new CallbackData.ExportChoice("xlsx", scope, code).render()),
                        Option.choice(m.get("report.export.csv"), new CallbackData.ExportChoice("csv", scope, code).render())),
                List.of(Option.choice(m.get("report.other_period"), new CallbackData.Menu(own ? "mystats" : "reports").render()),
                        Option.choice(m.get("menu.back"), new CallbackData.Menu("menu").render()))));
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
                        new CallbackData.ExportChoice(other.extension(), scope, period.code()).render())),
                List.of(Option.choice(m.get("report.other_period"), new CallbackData.Menu(own ? "mystats" : "reports").render()),
                        Option.choice(m.get("menu.back"), new CallbackData.Menu("menu").render())));
        return Outbound.document(result.document(), m.get("report.exported",
                new ReportTexts(m).period(period), result.rows()), rows);
    }

    /** @return the format named in a command or button ({@code xlsx}, {@code csv}) */
    static SpreadsheetFormat format(String word) {
        return SpreadsheetFormat.valueOf(word.strip().toUpperCase(Locale.ROOT));
    }
}
