package com.repairbot.domain.request;

import static com.repairbot.domain.request.Fixtures.ADMIN;
import static com.repairbot.domain.request.Fixtures.ASSIGNED_TECHNICIAN;
import static com.repairbot.domain.request.Fixtures.AT;
import static com.repairbot.domain.request.Fixtures.DISPATCHER;
import static com.repairbot.domain.request.Fixtures.NEXT_TECHNICIAN_ID;
import static com.repairbot.domain.request.Fixtures.STATUS_SINCE;
import static com.repairbot.domain.request.Fixtures.TECHNICIAN_ID;
import static com.repairbot.domain.request.Fixtures.VERSION;
import static com.repairbot.domain.request.Fixtures.inStatus;
import static com.repairbot.domain.request.Fixtures.technician;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.repairbot.domain.shared.InvalidValueException;
import com.repairbot.domain.staff.Technician;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RepairRequestMoveTest {

    private static final Instant LATER = AT.plusSeconds(3600);

    static Stream<Arguments> moves_with_the_wrong_details() {
        return Stream.of(
                Arguments.of(Status.NEW, Status.ASSIGNED, MoveDetails.NONE, "move.details.technician"),
                Arguments.of(Status.NEW, Status.ASSIGNED, Fixtures.refusalReason(), "move.details.technician"),
                Arguments.of(Status.NEW, Status.REFUSED, MoveDetails.NONE, "move.details.reason"),
                Arguments.of(Status.ASSIGNED, Status.REFUSED, Fixtures.completion(), "move.details.reason"),
                Arguments.of(Status.ASSIGNED, Status.ACCEPTED, Fixtures.refusalReason(), "move.details.none"),
                Arguments.of(Status.ACCEPTED, Status.LONG_REPAIR, MoveDetails.NONE, "move.details.long_repair"),
                Arguments.of(Status.ONSITE, Status.CLOSED, MoveDetails.NONE, "move.details.completion"),
                Arguments.of(Status.LONG_REPAIR, Status.CLOSED, Fixtures.longRepairPlan(), "move.details.completion"));
    }

    @ParameterizedTest(name = "{0} → {1} with {2}: {3}")
    @MethodSource
    void moves_with_the_wrong_details(Status from, Status to, MoveDetails details, String code) {
        assertThatThrownBy(() -> inStatus(from).move(ADMIN, to, details, AT))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void refuses_to_move_without_details_at_all() {
        assertThatThrownBy(() -> inStatus(Status.NEW).move(DISPATCHER, Status.REFUSED, null, AT))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void refuses_to_assign_an_inactive_technician() {
        Technician inactive = technician(NEXT_TECHNICIAN_ID).withActive(false);

        assertThatThrownBy(() -> inStatus(Status.NEW).move(DISPATCHER, Status.ASSIGNED, new Assignment(inactive), AT))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("technician.not_assignable"));
    }

    @Test
    void refuses_to_assign_a_technician_without_a_work_group() {
        Technician noGroup = Technician.added(NEXT_TECHNICIAN_ID, technician(NEXT_TECHNICIAN_ID).phone(),
                technician(NEXT_TECHNICIAN_ID).specialization());

        assertThatThrownBy(() -> inStatus(Status.NEW).move(DISPATCHER, Status.ASSIGNED, new Assignment(noGroup), AT))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("technician.not_assignable"));
    }

    @Test
    void refuses_to_reassign_to_an_inactive_technician() {
        Technician inactive = technician(NEXT_TECHNICIAN_ID).withActive(false);

        assertThatThrownBy(() -> inStatus(Status.ASSIGNED)
                .move(DISPATCHER, Status.ASSIGNED, new Assignment(inactive), AT))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("technician.not_assignable"));
    }

    @Test
    void assigning_sets_the_technician_and_names_them_in_the_history() {
        Moved moved = inStatus(Status.NEW).move(DISPATCHER, Status.ASSIGNED,
                new Assignment(technician(NEXT_TECHNICIAN_ID)), AT);

        assertThat(moved.request().technician()).contains(NEXT_TECHNICIAN_ID);
        StatusChanged event = moved.event().orElseThrow();
        assertThat(event.action()).isEqualTo("assign");
        assertThat(event.previousTechnician()).isEmpty();
        assertThat(event.technician()).contains(NEXT_TECHNICIAN_ID);
        assertThat(event.historyEntry().comment()).isEqualTo("technician:500");
    }

    @Test
    void reassigning_changes_the_technician_but_not_the_status() {
        Moved moved = inStatus(Status.ASSIGNED).move(DISPATCHER, Status.ASSIGNED,
                new Assignment(technician(NEXT_TECHNICIAN_ID)), AT);

        assertThat(moved.request().status()).isEqualTo(Status.ASSIGNED);
        assertThat(moved.request().technician()).contains(NEXT_TECHNICIAN_ID);
        assertThat(moved.request().statusSince()).isEqualTo(STATUS_SINCE);
        assertThat(moved.request().version()).isEqualTo(VERSION + 1);
        StatusChanged event = moved.event().orElseThrow();
        assertThat(event.isReassignment()).isTrue();
        assertThat(event.action()).isEqualTo("reassign");
        assertThat(event.previousTechnician()).contains(TECHNICIAN_ID);
        assertThat(event.technician()).contains(NEXT_TECHNICIAN_ID);
    }

    @Test
    void reassigning_to_the_technician_already_assigned_is_a_no_op() {
        RepairRequest assigned = inStatus(Status.ASSIGNED);

        Moved moved = assigned.move(DISPATCHER, Status.ASSIGNED, new Assignment(technician(TECHNICIAN_ID)), AT);

        assertThat(moved.isNoOp()).isTrue();
        assertThat(moved.request()).isSameAs(assigned);
    }

    @Test
    void asking_an_assigned_request_to_be_assigned_without_naming_a_technician_is_a_no_op() {
        RepairRequest assigned = inStatus(Status.ASSIGNED);

        assertThat(assigned.move(DISPATCHER, Status.ASSIGNED, MoveDetails.NONE, AT).isNoOp()).isTrue();
    }

    @Test
    void a_technician_may_not_reassign_a_request_even_to_themselves() {
        RepairRequest assigned = inStatus(Status.ASSIGNED);

        assertThatThrownBy(() -> assigned.move(ASSIGNED_TECHNICIAN, Status.ASSIGNED,
                new Assignment(technician(TECHNICIAN_ID)), AT))
                .isInstanceOf(MoveNotPermittedException.class);
    }

    @Test
    void unassigning_returns_the_request_to_the_pool_without_a_technician() {
        Moved moved = inStatus(Status.ASSIGNED).move(DISPATCHER, Status.NEW, MoveDetails.NONE, AT);

        assertThat(moved.request().status()).isEqualTo(Status.NEW);
        assertThat(moved.request().technician()).isEmpty();
        assertThat(moved.event().orElseThrow().action()).isEqualTo("unassign");
        assertThat(moved.event().orElseThrow().previousTechnician()).contains(TECHNICIAN_ID);
        assertThat(moved.event().orElseThrow().technician()).isEmpty();
    }

    @Test
    void reopening_clears_the_technician_and_the_refusal_reason() {
        RepairRequest refused = inStatus(Status.REFUSED);
        assertThat(refused.refusal()).isPresent();

        Moved moved = refused.move(DISPATCHER, Status.NEW, MoveDetails.NONE, AT);

        assertThat(moved.request().status()).isEqualTo(Status.NEW);
        assertThat(moved.request().technician()).isEmpty();
        assertThat(moved.request().refusal()).isEmpty();
        assertThat(moved.request().completion()).isEmpty();
        assertThat(moved.event().orElseThrow().action()).isEqualTo("reopen");
    }

    @Test
    void refusing_keeps_the_reason_on_the_request_and_in_the_history() {
        RefusalReason reason = new RefusalReason("клиент нашёл другого мастера");

        Moved moved = inStatus(Status.NEW).move(DISPATCHER, Status.REFUSED, reason, AT);

        assertThat(moved.request().refusal()).contains(reason);
        assertThat(moved.event().orElseThrow().comment()).isEqualTo("клиент нашёл другого мастера");
        assertThat(moved.event().orElseThrow().historyEntry().comment()).isEqualTo("клиент нашёл другого мастера");
    }

    @Test
    void a_declining_technician_gives_a_reason_and_stays_named_on_the_refused_request() {
        Moved moved = inStatus(Status.ASSIGNED).move(ASSIGNED_TECHNICIAN, Status.REFUSED,
                new RefusalReason("нет запчастей"), AT);

        assertThat(moved.event().orElseThrow().action()).isEqualTo("decline");
        assertThat(moved.request().refusal()).map(RefusalReason::value).contains("нет запчастей");
        assertThat(moved.request().technician()).contains(TECHNICIAN_ID);
    }

    @Test
    void a_long_repair_keeps_its_plan_and_puts_the_prepayment_and_parts_note_in_the_history() {
        LongRepairPlan plan = Fixtures.longRepairPlan();

        Moved moved = inStatus(Status.ACCEPTED).move(ASSIGNED_TECHNICIAN, Status.LONG_REPAIR, plan, AT);

        assertThat(moved.request().longRepair()).contains(plan);
        assertThat(moved.event().orElseThrow().comment()).isEqualTo("prepayment:1500.00 ждём ТЭН");
    }

    @Test
    void closing_keeps_the_money_and_the_long_repair_plan() {
        Completion money = Fixtures.completion();

        Moved moved = inStatus(Status.LONG_REPAIR).move(ASSIGNED_TECHNICIAN, Status.CLOSED, money, AT);

        assertThat(moved.request().completion()).contains(money);
        assertThat(moved.request().longRepair()).isPresent();
        assertThat(moved.event().orElseThrow().action()).isEqualTo("complete");
        assertThat(moved.event().orElseThrow().comment()).isEmpty();
    }

    @Test
    void the_status_since_changes_only_when_the_status_does() {
        RepairRequest accepted = inStatus(Status.ASSIGNED).move(ASSIGNED_TECHNICIAN, Status.ACCEPTED,
                MoveDetails.NONE, AT).request();
        assertThat(accepted.statusSince()).isEqualTo(AT);

        Moved again = accepted.move(ASSIGNED_TECHNICIAN, Status.ACCEPTED, MoveDetails.NONE, LATER);
        assertThat(again.request().statusSince()).isEqualTo(AT);
        assertThat(again.request().updatedAt()).isEqualTo(AT);

        RepairRequest edited = accepted.edit(DISPATCHER, new FieldChange.NotesChange(Optional.empty()), "", LATER)
                .request();
        assertThat(edited.statusSince()).isEqualTo(AT);
        assertThat(edited.updatedAt()).isEqualTo(LATER);
    }

    @Test
    void the_version_grows_by_one_with_each_change_and_not_with_a_no_op() {
        RepairRequest request = inStatus(Status.NEW);

        request = request.move(DISPATCHER, Status.ASSIGNED, Fixtures.detailsFor(Status.ASSIGNED), AT).request();
        assertThat(request.version()).isEqualTo(VERSION + 1);
        request = request.move(DISPATCHER, Status.ASSIGNED, Fixtures.detailsFor(Status.ASSIGNED), AT).request();
        assertThat(request.version()).isEqualTo(VERSION + 1);
        request = request.move(ADMIN, Status.ACCEPTED, MoveDetails.NONE, AT).request();
        request = request.move(ADMIN, Status.ONSITE, MoveDetails.NONE, AT).request();
        request = request.move(ADMIN, Status.CLOSED, Fixtures.completion(), AT).request();

        assertThat(request.status()).isEqualTo(Status.CLOSED);
        assertThat(request.version()).isEqualTo(VERSION + 4);
    }

    @Test
    void a_whole_life_from_new_to_closed_by_the_assigned_technician() {
        RepairRequest request = RepairRequest.create(Fixtures.NUMBER, Fixtures.draft(), DISPATCHER, AT).request();

        request = request.move(DISPATCHER, Status.ASSIGNED, new Assignment(technician(TECHNICIAN_ID)), AT).request();
        request = request.move(ASSIGNED_TECHNICIAN, Status.ACCEPTED, MoveDetails.NONE, AT).request();
        request = request.move(ASSIGNED_TECHNICIAN, Status.ONSITE, MoveDetails.NONE, AT).request();
        request = request.move(ASSIGNED_TECHNICIAN, Status.LONG_REPAIR, Fixtures.longRepairPlan(), AT).request();
        request = request.move(ASSIGNED_TECHNICIAN, Status.ONSITE, MoveDetails.NONE, AT).request();
        request = request.move(ASSIGNED_TECHNICIAN, Status.CLOSED, Fixtures.completion(), AT).request();

        assertThat(request.status()).isEqualTo(Status.CLOSED);
        assertThat(request.version()).isEqualTo(7);
        assertThat(request.technician()).contains(TECHNICIAN_ID);
    }

    @ParameterizedTest
    @EnumSource(value = Status.class, names = "CLOSED", mode = EnumSource.Mode.EXCLUDE)
    void closed_has_no_moves_out_even_for_an_admin(Status target) {
        RepairRequest closed = inStatus(Status.CLOSED);

        assertThatThrownBy(() -> closed.move(ADMIN, target, Fixtures.detailsFor(target), AT))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                    assertThat(e.current()).isEqualTo(Status.CLOSED);
                    assertThat(e.allowed()).isEmpty();
                });
        assertThat(TransitionTable.standard().targets(ADMIN, closed)).isEmpty();
    }

    @Test
    void the_phone_is_shown_to_the_technician_only_from_onsite_on() {
        assertThat(Arrays.stream(Status.values()).filter(s -> inStatus(s).phoneVisibleToTechnician()))
                .containsExactlyInAnyOrder(Status.ONSITE, Status.LONG_REPAIR, Status.CLOSED);
    }

    @Test
    void a_request_starts_at_version_one_at_least() {
        RepairRequest valid = inStatus(Status.NEW);

        assertThatThrownBy(() -> new RepairRequest(valid.number(), valid.equipment(), valid.description(),
                valid.client(), valid.notes(), valid.visit(), valid.dispatcher(), valid.technician(), valid.status(),
                valid.longRepair(), valid.completion(), valid.refusal(), valid.createdAt(), valid.updatedAt(),
                valid.statusSince(), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RepairRequest(valid.number(), valid.equipment(), valid.description(),
                valid.client(), valid.notes(), valid.visit(), valid.dispatcher(), null, valid.status(),
                valid.longRepair(), valid.completion(), valid.refusal(), valid.createdAt(), valid.updatedAt(),
                valid.statusSince(), 1))
                .isInstanceOf(NullPointerException.class).hasMessage("technician");
    }
}
