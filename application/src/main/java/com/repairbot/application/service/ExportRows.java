package com.repairbot.application.service;

import com.repairbot.application.port.out.MoneyTotals;
import com.repairbot.application.port.out.PrepaymentTotals;
import com.repairbot.application.port.out.SheetCell;
import com.repairbot.application.text.Messages;
import com.repairbot.application.text.Names;
import com.repairbot.domain.money.Money;
import com.repairbot.domain.request.Completion;
import com.repairbot.domain.request.LongRepairPlan;
import com.repairbot.domain.request.PhoneVisibility;
import com.repairbot.domain.request.RepairRequest;
import com.repairbot.domain.request.Status;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The columns of an export and the totals row, summed while the rows stream past (one request at a time in
 * memory). A technician's own export leaves out the client's phone until the visit, as their card does.
 */
final class ExportRows {

    private static final List<String> COLUMNS = List.of("number", "created", "status", "equipment", "technician",
            "dispatcher", "client", "phone", "address", "visit", "prepayment", "total", "materials", "technician_share",
            "company_share", "review", "out_of_city", "closed", "rating");
    /** Where the prepayment column is: the totals row puts the sum of prepayments under it. */
    private static final int PREPAYMENT = COLUMNS.indexOf("prepayment");
    /** Where the money of closing starts: the totals row puts its sums under them. */
    private static final int FIRST_MONEY = COLUMNS.indexOf("total");

    private final Messages messages;
    private final ZoneId zone;
    private final boolean forTechnician;
    private final Names names;
    private MoneyTotals totals = MoneyTotals.NONE;
    private PrepaymentTotals prepayments = PrepaymentTotals.NONE;
    private int count;

    /** @param names the technician and the dispatcher of each row by name, as on the cards */
    ExportRows(Messages messages, ZoneId zone, boolean forTechnician, Names names) {
        this.messages = messages;
        this.names = names;
        this.zone = zone;
        this.forTechnician = forTechnician;
    }

    List<SheetCell> header() {
        return COLUMNS.stream().<SheetCell>map(c -> new SheetCell.Text(messages.get("export.column." + c))).toList();
    }

    List<SheetCell> row(RepairRequest request) {
        count++;
        List<SheetCell> cells = new ArrayList<>(COLUMNS.size());
        cells.add(new SheetCell.Whole(request.number().value()));
        cells.add(new SheetCell.DateTime(request.createdAt().atZone(zone).toLocalDateTime()));
        cells.add(new SheetCell.Text(messages.status(request.status())));
        cells.add(new SheetCell.Text(messages.equipment(request.equipment())));
        cells.add(request.technician().<SheetCell>map(t -> new SheetCell.Text(names.of(t)))
                .orElse(new SheetCell.Empty()));
        cells.add(new SheetCell.Text(names.of(request.dispatcher())));
        cells.add(new SheetCell.Text(request.client().name().value()));
        // a technician's export lists the requests assigned to them
        boolean phone = PhoneVisibility.visible(forTechnician ? PhoneVisibility.Viewer.ASSIGNED_TECHNICIAN
                : PhoneVisibility.Viewer.OFFICE, request);
        cells.add(phone ? new SheetCell.Text(request.client().phone().e164()) : new SheetCell.Empty());
        cells.add(new SheetCell.Text(request.client().address().value()));
        cells.add(request.visit().<SheetCell>map(v -> v.at().<SheetCell>map(SheetCell.DateTime::new)
                .orElse(new SheetCell.Text(v.text()))).orElse(new SheetCell.Empty()));
        Optional<Money> prepayment = request.longRepair().flatMap(LongRepairPlan::prepayment);
        prepayment.ifPresent(amount -> prepayments = prepayments.plus(amount));
        cells.add(prepayment.<SheetCell>map(SheetCell.Amount::new).orElse(new SheetCell.Empty()));
        if (request.status() == Status.CLOSED && request.completion().isPresent()) {
            Completion money = request.completion().get();
            totals = totals.plus(MoneyTotals.of(money));
            cells.add(new SheetCell.Amount(money.total()));
            cells.add(new SheetCell.Amount(money.materials()));
            cells.add(new SheetCell.Amount(money.split().technicianShare()));
            cells.add(new SheetCell.Amount(money.split().companyShare()));
            cells.add(new SheetCell.Text(messages.get(money.reviewTaken() ? "word.yes" : "word.no")));
            cells.add(new SheetCell.Text(messages.get(money.outOfCity() ? "word.yes" : "word.no")));
            cells.add(new SheetCell.DateTime(request.statusSince().atZone(zone).toLocalDateTime()));
            // the client's rating, 1-5, once given
            cells.add(request.clientSide().rating().<SheetCell>map(r -> new SheetCell.Whole(r.score()))
                    .orElse(new SheetCell.Empty()));
        } else {
            for (int i = FIRST_MONEY; i < COLUMNS.size(); i++) {
                cells.add(new SheetCell.Empty());
            }
        }
        return cells;
    }

    /**
     * @return the totals row: how many requests, the sum of the prepayments, the sums of the closed ones under the
     *         money columns, how many took a review and how many were out of the city under theirs, and how many
     *         were closed
     */
    List<SheetCell> totals() {
        List<SheetCell> cells = new ArrayList<>(COLUMNS.size());
        cells.add(new SheetCell.Text(messages.get("export.totals")));
        cells.add(new SheetCell.Whole(count));
        while (cells.size() < PREPAYMENT) {
            cells.add(new SheetCell.Empty());
        }
        cells.add(new SheetCell.Amount(prepayments.total()));
        cells.add(new SheetCell.Amount(totals.total()));
        cells.add(new SheetCell.Amount(totals.materials()));
        cells.add(new SheetCell.Amount(totals.technicianShare()));
        cells.add(new SheetCell.Amount(totals.companyShare()));
        cells.add(new SheetCell.Whole(totals.reviews()));
        cells.add(new SheetCell.Whole(totals.outOfCity()));
        cells.add(new SheetCell.Whole(totals.closed()));
        cells.add(new SheetCell.Empty());
        return cells;
    }

    /** @return the row after the totals: the average check under the total column (empty when none was closed) */
    List<SheetCell> average() {
        List<SheetCell> cells = new ArrayList<>(COLUMNS.size());
        cells.add(new SheetCell.Text(messages.get("export.average")));
        while (cells.size() < FIRST_MONEY) {
            cells.add(new SheetCell.Empty());
        }
        cells.add(totals.averageCheck().<SheetCell>map(SheetCell.Amount::new).orElse(new SheetCell.Empty()));
        return cells;
    }

    int count() {
        return count;
    }
}
