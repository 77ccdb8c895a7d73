package com.repairbot.domain.request;

import static com.repairbot.domain.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.repairbot.domain.money.Money;
import com.repairbot.domain.money.ProfitSplit;
import com.repairbot.domain.money.ProfitSplitPolicy;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** The data the moves carry: an assignment, a long-repair plan, the money of a completion. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class MoveDetailsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @Test
    void an_assignment_needs_a_technician() {
        assertThatThrownBy(() -> new Assignment(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void a_long_repair_needs_an_expected_date() {
        assertRefused(() -> new LongRepairPlan(null, Optional.empty(), ""), "long_repair.date.missing");
    }

    @Test
    void a_long_repair_may_have_no_prepayment_and_no_parts_note() {
        LongRepairPlan plan = new LongRepairPlan(TODAY, Optional.empty(), null);

        assertThat(plan.prepayment()).isEmpty();
        assertThat(plan.partsNote()).isEmpty();
    }

    @Test
    void a_parts_note_is_cleaned_and_holds_at_most_five_hundred_characters() {
        assertThat(new LongRepairPlan(TODAY, Optional.empty(), "  ждём\u0000 насос ").partsNote())
                .isEqualTo("ждём насос");
        assertThat(new LongRepairPlan(TODAY, Optional.empty(), "з".repeat(500)).partsNote()).hasSize(500);
        assertRefused(() -> new LongRepairPlan(TODAY, Optional.empty(), "з".repeat(501)),
                "parts_note.length", 0, 500);
    }

    @Test
    void a_long_repair_may_be_expected_today_or_later_but_not_before() {
        LongRepairPlan today = new LongRepairPlan(TODAY, Optional.of(Money.rubles(500)), "");
        LongRepairPlan nextWeek = new LongRepairPlan(TODAY.plusWeeks(1), Optional.empty(), "");
        LongRepairPlan yesterday = new LongRepairPlan(TODAY.minusDays(1), Optional.empty(), "");

        assertThat(today.requireNotBefore(TODAY)).isSameAs(today);
        assertThat(nextWeek.requireNotBefore(TODAY)).isSameAs(nextWeek);
        assertRefused(() -> yesterday.requireNotBefore(TODAY), "long_repair.date.past");
    }

    @Test
    void a_completion_computes_its_split_with_the_policy() {
        Completion completion = Completion.of(Money.rubles(12_000), Money.rubles(2_000), true, true,
                ProfitSplitPolicy.defaults());

        assertThat(completion.total()).isEqualTo(Money.rubles(12_000));
        assertThat(completion.materials()).isEqualTo(Money.rubles(2_000));
        assertThat(completion.reviewTaken()).isTrue();
        assertThat(completion.outOfCity()).isTrue();
        assertThat(completion.split().net()).isEqualTo(Money.rubles(10_000));
        assertThat(completion.split().technicianPercent()).isEqualTo(70);
        assertThat(completion.split().technicianShare()).isEqualTo(Money.rubles(7_000));
        assertThat(completion.split().companyShare()).isEqualTo(Money.rubles(3_000));
    }

    @Test
    void a_completion_refuses_materials_above_the_total() {
        assertRefused(() -> Completion.of(Money.rubles(1_000), Money.rubles(1_001), false, false,
                ProfitSplitPolicy.defaults()), "materials.exceed_total");
    }

    @Test
    void a_completion_refuses_a_split_of_other_amounts() {
        ProfitSplit splitOfTenThousand = ProfitSplitPolicy.defaults()
                .split(Money.rubles(10_000), Money.ZERO, false, false);

        assertThatThrownBy(() -> new Completion(Money.rubles(12_000), Money.ZERO, false, false, splitOfTenThousand))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Completion(null, Money.ZERO, false, false, splitOfTenThousand))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void a_scheduled_visit_keeps_one_to_two_hundred_characters_of_text() {
        assertThat(new ScheduledVisit(" когда удобно ", Optional.empty()).text()).isEqualTo("когда удобно");
        assertThat(new ScheduledVisit("в".repeat(200), Optional.empty()).text()).hasSize(200);
        assertRefused(() -> new ScheduledVisit("в".repeat(201), Optional.empty()), "visit.length", 1, 200);
        assertRefused(() -> new ScheduledVisit(" ", Optional.empty()), "visit.length", 1, 200);
        assertThatThrownBy(() -> new ScheduledVisit("завтра", null)).isInstanceOf(NullPointerException.class);
    }
}
