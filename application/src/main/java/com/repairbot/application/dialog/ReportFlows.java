package com.repairbot.application.dialog;

import com.repairbot.domain.report.ReportPeriod;
import java.time.LocalDate;
import java.util.List;

/** The dialog of a report for dates a person types: first day, last day. */
final class ReportFlows {

    static final String CUSTOM = "CustomReport";
    /** Data key: the scope's code ({@link ReportScreens.Scope#code()}). */
    static final String SCOPE = "_scope";

    private final ReportScreens screens;

    ReportFlows(ReportScreens screens) {
        this.screens = screens;
    }

    List<Flow> all() {
        return List.of(custom());
    }

    private Flow custom() {
        List<Step> steps = List.of(
                Step.text("from", "report.prompt.from", text -> ReportPeriod.date(text).toString()),
                Step.text("to", "report.prompt.to", text -> ReportPeriod.date(text).toString())
                        .readingWith((ctx, input) -> {
                            LocalDate last = ReportPeriod.date(Step.typed(input));
                            // refuse a reversed or too long span here, while the person can still type again
                            ReportPeriod.between(LocalDate.parse(ctx.required("from")), last);
                            return last.toString();
                        }));
        return new Flow(CUSTOM, steps, ctx -> List.of(screens.report(ctx,
                ReportPeriod.between(LocalDate.parse(ctx.required("from")),
                        LocalDate.parse(ctx.required("to"))),
                ReportScreens.Scope.parse(ctx.answer(SCOPE).orElse(ReportScreens.ALL)))));
    }
}
