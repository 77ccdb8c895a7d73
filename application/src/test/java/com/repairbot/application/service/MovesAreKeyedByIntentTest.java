package com.repairbot.application.service;

import static com.repairbot.application.service.World.ADMIN;
import static com.repairbot.application.service.World.DISPATCHER;
import static com.repairbot.application.service.World.TECHNICIAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.repairbot.application.port.in.DeclineRequestCommand;
import com.repairbot.application.port.in.MoveRequestCommand;
import com.repairbot.application.port.in.ReopenRequestCommand;
import com.repairbot.application.port.in.UnassignTechnicianCommand;
import com.repairbot.application.port.out.AuditEntry;
import com.repairbot.domain.request.IllegalTransitionException;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.request.Status;
import org.junit.jupiter.api.Test;

/**
 * Regressions of issue 13: the intent-named use cases were keyed by their target status, so "decline" performed
 * "refuse" on a NEW request, and "unassign" and "reopen" were the same call. A move now names its row's intent.
 */
class MovesAreKeyedByIntentTest {

    private final World world = new World();

    @Test
    void decline_on_a_new_request_no_longer_refuses_it() {
        RequestNumber number = world.requestIn(Status.NEW);
        World.Snapshot before = world.snapshot(number);

        assertThatThrownBy(() -> world.lifecycle.decline(new DeclineRequestCommand(DISPATCHER, number,
                World.reason()))).isInstanceOfSatisfying(IllegalTransitionException.class, refused -> {
                    assertThat(refused.current()).isEqualTo(Status.NEW);
                    assertThat(refused.allowed()).contains(Status.REFUSED); // by "refuse", which is another intent
                });
        assertThat(world.snapshot(number)).isEqualTo(before);
    }

    @Test
    void unassign_does_not_reopen_a_refused_request() {
        RequestNumber number = world.requestIn(Status.REFUSED);
        World.Snapshot before = world.snapshot(number);

        assertThatThrownBy(() -> world.lifecycle.unassign(new UnassignTechnicianCommand(DISPATCHER, number)))
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(world.snapshot(number)).isEqualTo(before);
    }

    @Test
    void reopen_does_not_unassign_an_assigned_request() {
        RequestNumber number = world.requestIn(Status.ASSIGNED);
        World.Snapshot before = world.snapshot(number);

        assertThatThrownBy(() -> world.lifecycle.reopen(new ReopenRequestCommand(DISPATCHER, number)))
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(world.snapshot(number)).isEqualTo(before);
    }

    @Test
    void unassign_and_reopen_each_make_their_own_move() {
        RequestNumber assigned = world.requestIn(Status.ASSIGNED);
        RequestNumber refused = world.requestIn(Status.REFUSED);

        assertThat(world.lifecycle.unassign(new UnassignTechnicianCommand(DISPATCHER, assigned)).request().status())
                .isEqualTo(Status.NEW);
        assertThat(world.audit.latest(1)).extracting(AuditEntry::action).containsExactly("request.unassign");
        assertThat(world.lifecycle.reopen(new ReopenRequestCommand(ADMIN, refused)).request().status())
                .isEqualTo(Status.NEW);
        assertThat(world.audit.latest(1)).extracting(AuditEntry::action).containsExactly("request.reopen");
    }

    @Test
    void the_move_use_case_performs_only_the_intent_it_names() {
        RequestNumber number = world.requestIn(Status.ASSIGNED);

        assertThatThrownBy(() -> world.lifecycle.move(new MoveRequestCommand(DISPATCHER, number, "refuse",
                new MoveRequestCommand.Data.Reason(World.reason())))).isInstanceOf(IllegalTransitionException.class);
        assertThat(world.lifecycle.move(new MoveRequestCommand(TECHNICIAN, number, "decline",
                new MoveRequestCommand.Data.Reason(World.reason()))).request().status()).isEqualTo(Status.REFUSED);
        assertThat(world.audit.latest(1)).extracting(AuditEntry::action).containsExactly("request.decline");
    }

    @Test
    void a_repeated_intent_is_a_harmless_no_op() {
        RequestNumber number = world.requestIn(Status.ACCEPTED);

        var again = world.lifecycle.move(new MoveRequestCommand(TECHNICIAN, number, "accept", MoveRequestCommand.Data.NONE));

        assertThat(again.changed()).isFalse();
        assertThat(again.request().status()).isEqualTo(Status.ACCEPTED);
    }
}
