package com.repairbot.domain.request;

import static com.repairbot.domain.request.Fixtures.ADMIN;
import static com.repairbot.domain.request.Fixtures.ASSIGNED_TECHNICIAN;
import static com.repairbot.domain.request.Fixtures.AT;
import static com.repairbot.domain.request.Fixtures.DISPATCHER;
import static com.repairbot.domain.request.Fixtures.VERSION;
import static com.repairbot.domain.request.Fixtures.inStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.repairbot.domain.money.Money;
import com.repairbot.domain.money.ProfitSplitPolicy;
import com.repairbot.domain.shared.InvalidValueException;
import com.repairbot.domain.staff.Actor;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Only an admin may correct the money of a closed request; the split follows the policy. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ClosedRequestMoneyCorrectionTest {

    private static final ProfitSplitPolicy POLICY = ProfitSplitPolicy.defaults();

    /** One correction of each money field. */
    static Stream<FieldChange.MoneyChange> corrections() {
        return Stream.of(new FieldChange.Total(Money.rubles(12_000)), new FieldChange.Materials(Money.rubles(500)),
                new FieldChange.ReviewTaken(false), new FieldChange.OutOfCity(true));
    }

    @Test
    void an_admin_corrects_the_total_and_the_split_is_computed_again() {
        // closed with 10 000 ₽, 2 000 ₽ materials, review taken: net 8 000 ₽ at 60 %
        Edited edited = inStatus(Status.CLOSED).correctMoney(ADMIN, new FieldChange.Total(Money.rubles(12_000)),
                POLICY, AT);

        Completion money = edited.request().completion().orElseThrow();
        assertThat(money).isEqualTo(Completion.of(Money.rubles(12_000), Money.rubles(2_000), true, false, POLICY));
        assertThat(money.split().technicianShare()).isEqualTo(Money.rubles(6_000));
        assertThat(edited.request().status()).isEqualTo(Status.CLOSED);
        assertThat(edited.request().version()).isEqualTo(VERSION + 1);
        assertThat(edited.event().field()).isEqualTo(EditableField.TOTAL);
        assertThat(edited.event().historyEntry().comment()).isEqualTo("field:total 10000.00 → 12000.00");
    }

    @Test
    void a_flag_correction_records_yes_and_no() {
        Edited edited = inStatus(Status.CLOSED).correctMoney(ADMIN, new FieldChange.ReviewTaken(false), POLICY, AT);

        assertThat(edited.request().completion().orElseThrow().split().technicianPercent()).isEqualTo(50);
        assertThat(edited.event().historyEntry().comment()).isEqualTo("field:review_taken yes → no");
    }

    @ParameterizedTest
    @MethodSource("corrections")
    void a_dispatcher_or_the_technician_may_not_correct_the_money(FieldChange.MoneyChange change) {
        RepairRequest closed = inStatus(Status.CLOSED);

        for (Actor actor : new Actor[] {DISPATCHER, ASSIGNED_TECHNICIAN}) {
            assertThat(closed.mayEdit(actor, change.field())).isFalse();
            assertThatThrownBy(() -> closed.correctMoney(actor, change, POLICY, AT))
                    .isInstanceOfSatisfying(ActionNotPermittedException.class,
                            e -> assertThat(e.action()).isEqualTo("edit." + change.field().code()));
            assertThatThrownBy(() -> closed.edit(actor, change, "", AT))
                    .isInstanceOf(ActionNotPermittedException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Status.class, names = "CLOSED", mode = EnumSource.Mode.EXCLUDE)
    void money_is_corrected_only_once_the_request_is_closed(Status status) {
        assertThatThrownBy(() -> inStatus(status).correctMoney(ADMIN, new FieldChange.Total(Money.rubles(1)),
                POLICY, AT)).isInstanceOf(ActionNotPermittedException.class);
    }

    @Test
    void materials_above_the_total_are_refused() {
        assertThatThrownBy(() -> inStatus(Status.CLOSED).correctMoney(ADMIN,
                new FieldChange.Materials(Money.rubles(10_001)), POLICY, AT))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("materials.exceed_total"));
    }
}
