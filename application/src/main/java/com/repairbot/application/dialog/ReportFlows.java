package com.repairbot.application.dialog;

import com.repairbot.domain.report.ReportPeriod;
import java.time.LocalDate;
import java.util.List;

/** The dialog of a report for dates a person types: first day, last day. */
final class ReportFlows {

    static final String CUSTOM = "CustomReport";
    /** Data key: the scope's code ({@link ReportScreens.Scope#code()}). */
    static final String SCOPE = "_scope";

    private static final Key<LocalDate> FROM = Key.answer("from", Codec.DATE);
    private static final Key<LocalDate> TO = Key.answer("to", Codec.DATE);
    private static final Key<String> OF_WHOM = Key.internal(SCOPE, Codec.TEXT);

    private final ReportScreens screens;

    ReportFlows(ReportScreens screens) {
        this.screens = screens;
    }

    List<Flow> all() {
        return List.of(custom());
    }

    private Flow custom() {
        List<Step> steps = List.of(
                Step.typing(FROM, ctx -> ctx.messages().get("report.prompt.from"), ReportPeriod::date),
                Step.answering(TO, ctx -> ctx.messages().get("report.prompt.to"), ctx -> List.of(), (ctx, input) -> {
                    LocalDate last = ReportPeriod.date(Step.typed(input));
                    // refuse a reversed or too long span here, while the person can still type again
                    ReportPeriod.between(ctx.get(FROM), last);
                    return last;
                }));
        return new Flow(CUSTOM, steps, ctx -> List.of(screens.report(ctx,
                ReportPeriod.between(ctx.get(FROM), ctx.get(TO)),
                ReportScreens.Scope.parse(ctx.find(OF_WHOM).orElse(ReportScreens.ALL)))));
    }
}
