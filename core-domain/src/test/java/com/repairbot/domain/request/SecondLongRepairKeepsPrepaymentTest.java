package com.repairbot.domain.request;

import static com.repairbot.domain.request.Fixtures.ASSIGNED_TECHNICIAN;
import static com.repairbot.domain.request.Fixtures.AT;
import static com.repairbot.domain.request.Fixtures.inStatus;
import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.domain.money.Money;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * Regression: a request in long repair with a prepayment and a parts note, sent on site and into long repair
 * again with the prepayment and parts steps skipped, lost both.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SecondLongRepairKeepsPrepaymentTest {

    private static final LocalDate LATER = LocalDate.of(2026, 12, 20);

    /** In long repair with 1 500 ₽ prepaid and "ждём ТЭН", then back on site. */
    private static RepairRequest backOnSite() {
        return inStatus(Status.LONG_REPAIR).move(ASSIGNED_TECHNICIAN, Status.ONSITE, MoveDetails.NONE, AT).request();
    }

    private static Moved secondLongRepair(Optional<Money> prepayment, String parts) {
        return backOnSite().move(ASSIGNED_TECHNICIAN, Status.LONG_REPAIR,
                new LongRepairPlan(LATER, prepayment, parts), AT.plusSeconds(60));
    }

    @Test
    void skipping_the_prepayment_and_the_parts_keeps_what_was_recorded() {
        RepairRequest request = secondLongRepair(Optional.empty(), "").request();

        LongRepairPlan plan = request.longRepair().orElseThrow();
        assertThat(plan.prepayment()).contains(Money.rubles(1_500));
        assertThat(plan.partsNote()).isEqualTo("ждём ТЭН");
        assertThat(plan.expectedBy()).isEqualTo(LATER);
    }

    @Test
    void the_history_of_the_second_long_repair_still_holds_the_prepayment() {
        StatusChanged event = secondLongRepair(Optional.empty(), "").event().orElseThrow();

        assertThat(event.comment()).isEqualTo("prepayment:1500.00 ждём ТЭН");
    }

    @Test
    void a_prepayment_or_parts_note_given_again_replace_the_recorded_ones_and_the_history_shows_the_new_amount() {
        Moved moved = secondLongRepair(Optional.of(Money.rubles(2_500)), "ждём плату управления");

        LongRepairPlan plan = moved.request().longRepair().orElseThrow();
        assertThat(plan.prepayment()).contains(Money.rubles(2_500));
        assertThat(plan.partsNote()).isEqualTo("ждём плату управления");
        assertThat(moved.event().orElseThrow().comment()).isEqualTo("prepayment:2500.00 ждём плату управления");
    }

    @Test
    void only_the_skipped_step_keeps_the_recorded_value() {
        LongRepairPlan plan = secondLongRepair(Optional.empty(), "ждём насос").request().longRepair().orElseThrow();

        assertThat(plan.prepayment()).contains(Money.rubles(1_500));
        assertThat(plan.partsNote()).isEqualTo("ждём насос");
    }

    @Test
    void closing_after_the_second_long_repair_keeps_the_prepayment() {
        RepairRequest closed = secondLongRepair(Optional.empty(), "").request()
                .move(ASSIGNED_TECHNICIAN, Status.CLOSED, Fixtures.completion(), AT.plusSeconds(120)).request();

        assertThat(closed.longRepair().flatMap(LongRepairPlan::prepayment)).contains(Money.rubles(1_500));
    }

    @Test
    void a_first_long_repair_without_prepayment_writes_only_the_parts_note_in_the_history() {
        Moved moved = inStatus(Status.ACCEPTED).move(ASSIGNED_TECHNICIAN, Status.LONG_REPAIR,
                new LongRepairPlan(LATER, Optional.empty(), "ждём ТЭН"), AT);

        assertThat(moved.request().longRepair().orElseThrow().prepayment()).isEmpty();
        assertThat(moved.event().orElseThrow().comment()).isEqualTo("ждём ТЭН");
    }
}
