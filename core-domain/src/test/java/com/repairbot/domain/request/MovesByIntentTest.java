package com.repairbot.domain.request;

import static com.repairbot.domain.request.Fixtures.ADMIN;
import static com.repairbot.domain.request.Fixtures.ASSIGNED_TECHNICIAN;
import static com.repairbot.domain.request.Fixtures.AT;
import static com.repairbot.domain.request.Fixtures.DISPATCHER;
import static com.repairbot.domain.request.Fixtures.NEXT_TECHNICIAN_ID;
import static com.repairbot.domain.request.Fixtures.inStatus;
import static com.repairbot.domain.request.Fixtures.technician;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A move is named by its row's intent (ADR 0004): an intent performs its own row and no other. */
class MovesByIntentTest {

    private final TransitionTable table = TransitionTable.standard();

    @Test
    void decline_on_a_new_request_is_refused_although_refuse_leads_to_the_same_status() {
        assertThatThrownBy(() -> inStatus(Status.NEW).move(DISPATCHER, "decline", Fixtures.refusalReason(), AT))
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(inStatus(Status.NEW).move(DISPATCHER, "refuse", Fixtures.refusalReason(), AT).event()
                .orElseThrow().action()).isEqualTo("refuse");
    }

    @Test
    void unassign_and_reopen_are_different_moves() {
        assertThatThrownBy(() -> inStatus(Status.REFUSED).move(DISPATCHER, "unassign", MoveDetails.NONE, AT))
                .isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> inStatus(Status.ASSIGNED).move(DISPATCHER, "reopen", MoveDetails.NONE, AT))
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(inStatus(Status.ASSIGNED).move(DISPATCHER, "unassign", MoveDetails.NONE, AT).event()
                .orElseThrow().action()).isEqualTo("unassign");
        assertThat(inStatus(Status.REFUSED).move(DISPATCHER, "reopen", MoveDetails.NONE, AT).event()
                .orElseThrow().action()).isEqualTo("reopen");
    }

    @Test
    void a_repeat_is_a_no_op_for_a_party_and_refused_to_anyone_else() {
        assertThat(inStatus(Status.ACCEPTED).move(ASSIGNED_TECHNICIAN, "accept", MoveDetails.NONE, AT).isNoOp())
                .isTrue();
        assertThatThrownBy(() -> inStatus(Status.ACCEPTED).move(DISPATCHER, "accept", MoveDetails.NONE, AT))
                .isInstanceOf(MoveNotPermittedException.class);
    }

    @Test
    void assign_on_an_assigned_request_does_not_reassign_it() {
        Assignment other = new Assignment(technician(NEXT_TECHNICIAN_ID));

        assertThatThrownBy(() -> inStatus(Status.ASSIGNED).move(DISPATCHER, "assign", other, AT))
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(inStatus(Status.ASSIGNED).move(DISPATCHER, "reassign", other, AT).request().technician())
                .contains(NEXT_TECHNICIAN_ID);
    }

    @Test
    void a_name_that_is_no_intent_is_a_programming_error() {
        assertThatThrownBy(() -> inStatus(Status.NEW).move(ADMIN, "close_everything", MoveDetails.NONE, AT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_table_knows_each_intents_target_and_requirement() {
        assertThat(table.intents()).containsExactly("assign", "refuse", "cancel", "reassign", "accept", "decline",
                "unassign", "onsite", "long_repair", "complete", "reopen");
        assertThat(table.target("cancel")).contains(Status.REFUSED);
        assertThat(table.requirement("cancel")).contains(Requirement.OPTIONAL_REASON);
        assertThat(table.target("decline")).contains(Status.REFUSED);
        assertThat(table.requirement("complete")).contains(Requirement.COMPLETION);
        assertThat(table.find(Status.ACCEPTED, "refuse")).isPresent();
        assertThat(table.find(Status.ASSIGNED, "refuse")).isEmpty();
        assertThat(table.refusal(DISPATCHER, inStatus(Status.NEW), "decline"))
                .containsInstanceOf(IllegalTransitionException.class);
        assertThat(table.refusal(DISPATCHER, inStatus(Status.ASSIGNED), "accept"))
                .containsInstanceOf(MoveNotPermittedException.class);
        assertThat(table.refusal(ASSIGNED_TECHNICIAN, inStatus(Status.ASSIGNED), "accept")).isEmpty();
    }

    @Test
    void a_table_refuses_an_intent_with_two_targets_or_two_rows_from_one_status() {
        var office = EnumSet.of(Party.DISPATCHER);
        assertThatThrownBy(() -> table.with(new Transition(Status.CLOSED, Status.NEW, "decline", office,
                Requirement.REASON))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("decline");
        assertThatThrownBy(() -> TransitionTable.of(List.of(
                new Transition(Status.NEW, Status.ASSIGNED, "x", office, Requirement.NONE),
                new Transition(Status.NEW, Status.ASSIGNED, "x", office, Requirement.NONE))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> table.with(new Transition(Status.CLOSED, Status.REFUSED, "decline", office,
                Requirement.NONE))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs");
    }
}
