package com.repairbot.application.text;

import com.repairbot.application.port.in.ReportView;
import com.repairbot.application.port.out.MoneyTotals;
import com.repairbot.application.port.out.ReportFigures;
import com.repairbot.application.port.out.TechnicianFigures;
import com.repairbot.domain.report.ReportPeriod;
import java.util.StringJoiner;

/** Renders a report as text: the period, counts by status, equipment and technician, and the money. */
public final class ReportTexts {

    private final Messages messages;

    private final Names names;

    /**
     * @param messages the reader's language
     * @param names    people by name in that language
     */
    public ReportTexts(Messages messages, Names names) {
        this.messages = messages;
        this.names = names;
    }

    /** @return the whole report */
    public String report(ReportView view) {
        ReportFigures figures = view.figures();
        StringJoiner out = new StringJoiner("\n");
        if (view.own()) {
            out.add(messages.get("report.title.own", period(view.period())));
        } else {
            out.add(view.technician().map(t -> messages.get("report.title.technician", period(view.period()),
                    names.of(t))).orElseGet(() -> messages.get("report.title", period(view.period()))));
        }
        out.add(messages.get("report.requests", figures.requests()));
        if (figures.requests() == 0) {
            return out.toString();
        }
        StringJoiner statuses = new StringJoiner(", ");
        figures.byStatus().forEach((status, n) -> statuses.add(messages.status(status) + " — " + n));
        out.add(messages.get("report.by_status", statuses.toString()));
        StringJoiner equipment = new StringJoiner(", ");
        figures.byEquipment().forEach((type, n) -> equipment.add(messages.equipment(type) + " — " + n));
        out.add(messages.get("report.by_equipment", equipment.toString()));
        if (view.technician().isEmpty() && !figures.byTechnician().isEmpty()) {
            out.add(messages.get("report.by_technician"));
            for (TechnicianFigures t : figures.byTechnician()) {
                String line = messages.get("report.technician_line", names.of(t.technician()), t.requests(),
                        t.money().closed(), messages.money(t.money().total()),
                        messages.money(t.money().technicianShare()));
                // the clients' ratings, averaged, when any was given
                out.add(t.averageRating().isPresent() ? line + messages.get("report.technician_rating",
                        t.averageRating().getAsDouble(), t.rated()) : line);
            }
        }
        out.add(money(figures.money()));
        out.add(messages.get("report.prepayments", figures.prepayments().requests(),
                messages.money(figures.prepayments().total())));
        return out.toString();
    }

    /** @return the money lines */
    public String money(MoneyTotals money) {
        return messages.get("report.money", money.closed(), messages.money(money.total()),
                messages.money(money.materials()), messages.money(money.technicianShare()),
                messages.money(money.companyShare())) + "\n" + messages.get("report.closing",
                money.averageCheck().map(messages::money).orElse(messages.get("report.no_average")),
                money.reviews(), money.outOfCity());
    }

    /** @return the period in words, e.g. {@code за месяц: 01.03.2026 — 11.03.2026} */
    public String period(ReportPeriod period) {
        String days = period.first().equals(period.last()) ? messages.date(period.first())
                : messages.date(period.first()) + " — " + messages.date(period.last());
        return messages.get("report.period." + period.kind().name(), days);
    }
}
