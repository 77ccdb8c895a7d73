package com.repairbot.application.port.out.contract;

import static com.repairbot.application.testing.Requests.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.application.port.out.MoneyTotals;
import com.repairbot.application.port.out.PrepaymentTotals;
import com.repairbot.application.port.out.RepairRequests;
import com.repairbot.application.port.out.ReportFigures;
import com.repairbot.application.port.out.ReportQueries;
import com.repairbot.application.port.out.TechnicianFigures;
import com.repairbot.application.port.out.TimeRange;
import com.repairbot.application.testing.Requests;
import com.repairbot.domain.contact.Client;
import com.repairbot.domain.money.Money;
import com.repairbot.domain.money.ProfitSplitPolicy;
import com.repairbot.domain.request.Completion;
import com.repairbot.domain.request.EquipmentType;
import com.repairbot.domain.request.LongRepairPlan;
import com.repairbot.domain.request.ProblemDescription;
import com.repairbot.domain.request.RepairRequest;
import com.repairbot.domain.request.RequestDraft;
import com.repairbot.domain.request.Status;
import com.repairbot.domain.staff.UserId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ReportQueries} must do. An adapter's test extends it and gives a report reader over the
 * same (empty) store as the {@link RepairRequests} the test fills.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
public abstract class ReportQueriesContract {

    private static final UserId ANNA = new UserId(301);
    private static final UserId BORIS = new UserId(302);
    private static final Instant DAY = Instant.parse("2026-03-10T00:00:00Z");
    private static final TimeRange THE_DAY = new TimeRange(DAY, DAY.plus(Duration.ofDays(1)));
    private static final EquipmentType OVEN = new EquipmentType("oven");

    /** An empty store of requests and the report reader over it. */
    public record Store(RepairRequests requests, ReportQueries reports) {
    }

    private Store store;

    /** @return an empty store, a new one for each test */
    protected abstract Store newStore();

    @BeforeEach
    void startFromAnEmptyStore() {
        store = newStore();
    }

    private void add(RepairRequest request) {
        store.requests().add(request);
    }

    private static Completion paid(String total, String materials, boolean review, boolean outOfCity) {
        return Completion.of(Money.parse(total), Money.parse(materials), review, outOfCity,
                ProfitSplitPolicy.defaults());
    }

    private static Requests.Builder at(long number, Duration into) {
        return request(number).createdAt(DAY.plus(into));
    }

    private static RequestDraft oven() {
        RequestDraft base = Requests.draft();
        Client client = base.client();
        return new RequestDraft(OVEN, new ProblemDescription("Духовка не греет совсем"), client, base.notes(),
                base.visit());
    }

    private void fillTheDay() {
        add(at(1, Duration.ofHours(1)).build());
        add(at(2, Duration.ofHours(2)).status(Status.ASSIGNED).technician(ANNA).build());
        add(at(3, Duration.ofHours(3)).status(Status.CLOSED).technician(ANNA)
                .completion(paid("12345.67", "345.01", true, true)).build());
        add(at(4, Duration.ofHours(4)).status(Status.CLOSED).technician(BORIS).draft(oven())
                .completion(paid("3000.33", "0", false, false)).build());
        add(at(5, Duration.ofHours(5)).status(Status.CLOSED).technician(ANNA).draft(oven())
                .completion(paid("999.99", "1", false, true)).build());
        add(at(6, Duration.ofHours(23).plusMinutes(59)).status(Status.REFUSED).build());
        // outside the day: one the evening before, one at the very start of the next day
        add(at(7, Duration.ofMinutes(-1)).status(Status.CLOSED).technician(ANNA)
                .completion(paid("50000", "0", false, false)).build());
        add(at(8, Duration.ofDays(1)).status(Status.CLOSED).technician(BORIS)
                .completion(paid("70000", "0", false, false)).build());
    }

    @Test
    void an_empty_period_has_no_figures() {
        fillTheDay();

        ReportFigures figures = store.reports().figures(new TimeRange(DAY.minus(Duration.ofDays(9)),
                DAY.minus(Duration.ofDays(8))), Optional.empty());

        assertThat(figures.requests()).isZero();
        assertThat(figures.byStatus()).isEmpty();
        assertThat(figures.byEquipment()).isEmpty();
        assertThat(figures.byTechnician()).isEmpty();
        assertThat(figures.money()).isEqualTo(MoneyTotals.NONE);
    }

    @Test
    void requests_entered_in_the_period_are_counted_by_status_and_equipment() {
        fillTheDay();

        ReportFigures figures = store.reports().figures(THE_DAY, Optional.empty());

        assertThat(figures.requests()).isEqualTo(6);
        assertThat(figures.byStatus()).containsExactlyInAnyOrderEntriesOf(Map.of(Status.NEW, 1, Status.ASSIGNED, 1,
                Status.CLOSED, 3, Status.REFUSED, 1));
        assertThat(figures.byEquipment()).containsExactly(
                Map.entry(Requests.draft().equipment(), 4), Map.entry(OVEN, 2));
    }

    private static LongRepairPlan prepaid(String amount) {
        return new LongRepairPlan(LocalDate.of(2026, 3, 20), Optional.of(Money.parse(amount)), "ждём ТЭН");
    }

    @Test
    void prepayments_taken_are_counted_and_summed_whatever_the_status_now() {
        add(at(1, Duration.ofHours(1)).status(Status.LONG_REPAIR).technician(ANNA).longRepair(prepaid("1500"))
                .build());
        add(at(2, Duration.ofHours(2)).status(Status.CLOSED).technician(BORIS).longRepair(prepaid("2000.50"))
                .completion(paid("9000", "1000", false, false)).build());
        add(at(3, Duration.ofHours(3)).status(Status.LONG_REPAIR).technician(ANNA)
                .longRepair(new LongRepairPlan(LocalDate.of(2026, 3, 20), Optional.empty(), "")).build());
        add(at(4, Duration.ofMinutes(-1)).status(Status.LONG_REPAIR).technician(ANNA).longRepair(prepaid("700"))
                .build());

        assertThat(store.reports().figures(THE_DAY, Optional.empty()).prepayments())
                .isEqualTo(new PrepaymentTotals(2, Money.parse("3500.50")));
        assertThat(store.reports().figures(THE_DAY, Optional.of(ANNA)).prepayments())
                .isEqualTo(new PrepaymentTotals(1, Money.parse("1500")));
    }

    @Test
    void a_period_without_prepayments_counts_none() {
        fillTheDay();

        assertThat(store.reports().figures(THE_DAY, Optional.empty()).prepayments()).isEqualTo(PrepaymentTotals.NONE);
    }

    @Test
    void money_of_the_closed_ones_is_summed_to_the_kopeck() {
        fillTheDay();

        MoneyTotals money = store.reports().figures(THE_DAY, Optional.empty()).money();

        MoneyTotals expected = MoneyTotals.of(paid("12345.67", "345.01", true, true))
                .plus(MoneyTotals.of(paid("3000.33", "0", false, false)))
                .plus(MoneyTotals.of(paid("999.99", "1", false, true)));
        assertThat(money).isEqualTo(expected);
        assertThat(money.closed()).isEqualTo(3);
        assertThat(money.total()).isEqualTo(Money.parse("16345.99"));
        assertThat(money.technicianShare().plus(money.companyShare())).isEqualTo(money.net());
    }

    @Test
    void reviews_taken_and_out_of_city_trips_are_counted_among_the_closed_ones_with_the_average_check() {
        fillTheDay();

        ReportFigures figures = store.reports().figures(THE_DAY, Optional.empty());

        assertThat(figures.money().reviews()).isEqualTo(1);
        assertThat(figures.money().outOfCity()).isEqualTo(2);
        assertThat(figures.money().averageCheck()).contains(Money.parse("5448.66")); // 16 345.99 / 3, half up
        assertThat(figures.byTechnician()).extracting(t -> t.money().reviews()).containsExactly(1, 0);
        assertThat(figures.byTechnician()).extracting(t -> t.money().outOfCity()).containsExactly(2, 0);
        assertThat(store.reports().figures(THE_DAY, Optional.of(BORIS)).money().averageCheck())
                .contains(Money.parse("3000.33"));
    }

    @Test
    void a_period_with_nothing_closed_has_no_average_check() {
        add(at(1, Duration.ofHours(1)).build());

        assertThat(store.reports().figures(THE_DAY, Optional.empty()).money().averageCheck()).isEmpty();
    }

    @Test
    void per_technician_figures_add_up_to_the_totals() {
        fillTheDay();

        ReportFigures figures = store.reports().figures(THE_DAY, Optional.empty());

        assertThat(figures.byTechnician()).extracting(TechnicianFigures::technician).containsExactly(ANNA, BORIS);
        assertThat(figures.byTechnician()).extracting(TechnicianFigures::requests).containsExactly(3, 1);
        MoneyTotals sum = figures.byTechnician().stream().map(TechnicianFigures::money)
                .reduce(MoneyTotals.NONE, MoneyTotals::plus);
        assertThat(sum).isEqualTo(figures.money());
    }

    @Test
    void the_clients_ratings_are_averaged_per_technician_over_the_rated_requests_only() {
        add(at(1, Duration.ofHours(1)).status(Status.CLOSED).technician(ANNA).completion(paid("100", "0", false, false))
                .clientSide(rated(5)).build());
        add(at(2, Duration.ofHours(2)).status(Status.CLOSED).technician(ANNA).completion(paid("100", "0", false, false))
                .clientSide(rated(4)).build());
        add(at(3, Duration.ofHours(3)).status(Status.CLOSED).technician(ANNA).completion(paid("100", "0", false, false))
                .build());
        add(at(4, Duration.ofHours(4)).status(Status.CLOSED).technician(BORIS).completion(paid("100", "0", false, false))
                .build());

        ReportFigures figures = store.reports().figures(THE_DAY, Optional.empty());

        assertThat(figures.byTechnician()).extracting(TechnicianFigures::technician, TechnicianFigures::rated,
                TechnicianFigures::ratingSum).containsExactly(org.assertj.core.groups.Tuple.tuple(ANNA, 2, 9L),
                org.assertj.core.groups.Tuple.tuple(BORIS, 0, 0L));
        assertThat(figures.byTechnician().getFirst().averageRating()).hasValue(4.5);
        assertThat(figures.byTechnician().getLast().averageRating()).isEmpty();
    }

    private static com.repairbot.domain.request.ClientSide rated(int score) {
        return new com.repairbot.domain.request.ClientSide(Optional.of(new UserId(7_000_000_001L)), true, List.of(),
                Optional.of(com.repairbot.domain.request.Rating.of(score)), false);
    }

    @Test
    void a_technicians_own_figures_hold_only_their_requests() {
        fillTheDay();

        ReportFigures anna = store.reports().figures(THE_DAY, Optional.of(ANNA));

        assertThat(anna.requests()).isEqualTo(3);
        assertThat(anna.byStatus()).containsExactlyInAnyOrderEntriesOf(Map.of(Status.ASSIGNED, 1, Status.CLOSED, 2));
        assertThat(anna.money()).isEqualTo(MoneyTotals.of(paid("12345.67", "345.01", true, true))
                .plus(MoneyTotals.of(paid("999.99", "1", false, true))));
        assertThat(anna.byTechnician()).singleElement().extracting(TechnicianFigures::technician).isEqualTo(ANNA);
    }

    @Test
    void the_requests_of_the_period_are_handed_over_one_by_one_in_number_order() {
        fillTheDay();
        List<RepairRequest> seen = new ArrayList<>();

        store.reports().forEachEntered(THE_DAY, Optional.empty(), seen::add);

        assertThat(seen).extracting(r -> r.number().value()).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(seen.get(2)).isEqualTo(store.requests().find(seen.get(2).number()).orElseThrow());
    }

    @Test
    void a_technicians_export_holds_only_their_requests() {
        fillTheDay();
        List<RepairRequest> seen = new ArrayList<>();

        store.reports().forEachEntered(THE_DAY, Optional.of(BORIS), seen::add);

        assertThat(seen).extracting(r -> r.number().value()).containsExactly(4L);
    }

    @Test
    void requests_waiting_in_a_status_since_a_time_are_found_longest_waiting_first() {
        add(at(1, Duration.ofHours(1)).status(Status.ASSIGNED).updatedAt(DAY.plus(Duration.ofHours(5))).build());
        add(at(2, Duration.ofHours(2)).status(Status.ASSIGNED).updatedAt(DAY.plus(Duration.ofHours(3))).build());
        add(at(3, Duration.ofHours(3)).status(Status.ASSIGNED).updatedAt(DAY.plus(Duration.ofHours(7))).build());
        add(at(4, Duration.ofHours(1)).status(Status.ACCEPTED).updatedAt(DAY.plus(Duration.ofHours(1))).build());

        List<RepairRequest> waiting = store.reports().waitingSince(Status.ASSIGNED, DAY.plus(Duration.ofHours(5)));

        assertThat(waiting).extracting(r -> r.number().value()).containsExactly(2L, 1L);
    }

    @Test
    void visits_in_a_span_are_found_for_the_statuses_asked_soonest_first() {
        java.time.LocalDateTime ten = java.time.LocalDateTime.of(2026, 3, 10, 10, 0);
        add(at(1, Duration.ZERO).status(Status.ASSIGNED).visit(visit(ten.plusMinutes(90))).build());
        add(at(2, Duration.ZERO).status(Status.ACCEPTED).visit(visit(ten)).build());
        add(at(3, Duration.ZERO).status(Status.ACCEPTED).visit(visit(ten.plusHours(2))).build());
        add(at(4, Duration.ZERO).status(Status.CLOSED).visit(visit(ten.plusMinutes(30))).build());
        add(at(5, Duration.ZERO).status(Status.ACCEPTED).visit(new com.repairbot.domain.request.ScheduledVisit(
                "после обеда", Optional.empty())).build());
        add(at(6, Duration.ZERO).status(Status.ACCEPTED).visit(visit(ten.minusSeconds(1))).build());

        List<RepairRequest> soon = store.reports().visitsBetween(java.util.EnumSet.of(Status.ASSIGNED,
                Status.ACCEPTED), ten, ten.plusHours(2));

        assertThat(soon).extracting(r -> r.number().value()).containsExactly(2L, 1L);
    }

    private static com.repairbot.domain.request.ScheduledVisit visit(java.time.LocalDateTime at) {
        return new com.repairbot.domain.request.ScheduledVisit("в " + at, Optional.of(at));
    }
}
