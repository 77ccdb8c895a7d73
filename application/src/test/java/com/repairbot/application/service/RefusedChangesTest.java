package com.repairbot.application.service;

import static com.repairbot.application.service.World.ADMIN;
import static com.repairbot.application.service.World.DISPATCHER;
import static com.repairbot.application.service.World.INACTIVE_TECHNICIAN;
import static com.repairbot.application.service.World.OTHER_TECHNICIAN;
import static com.repairbot.application.service.World.STRANGER;
import static com.repairbot.application.service.World.TECHNICIAN;
import static com.repairbot.application.service.World.TECHNICIAN_WITHOUT_GROUP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.repairbot.application.port.in.AcceptRequestCommand;
import com.repairbot.application.port.in.AddNotesCommand;
import com.repairbot.application.port.in.AssignTechnicianCommand;
import com.repairbot.application.port.in.CompleteRequestCommand;
import com.repairbot.application.port.in.DeclineRequestCommand;
import com.repairbot.application.port.in.EditRequestFieldCommand;
import com.repairbot.application.port.in.MarkOnSiteCommand;
import com.repairbot.application.port.in.PingTechnicianCommand;
import com.repairbot.application.port.in.RefuseRequestCommand;
import com.repairbot.application.port.in.ReopenRequestCommand;
import com.repairbot.application.port.in.RequestChangeResult;
import com.repairbot.application.port.in.RequestNotFoundException;
import com.repairbot.application.port.in.StartLongRepairCommand;
import com.repairbot.application.port.in.TechnicianNotFoundException;
import com.repairbot.application.port.in.UnassignTechnicianCommand;
import com.repairbot.domain.money.Money;
import com.repairbot.domain.request.ActionNotPermittedException;
import com.repairbot.domain.request.FieldChange;
import com.repairbot.domain.request.IllegalTransitionException;
import com.repairbot.domain.request.MoveNotPermittedException;
import com.repairbot.domain.request.Notes;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.request.Status;
import com.repairbot.domain.shared.InvalidValueException;
import com.repairbot.domain.staff.UserId;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A refused change leaves the request, its history, the audit log and the outbox exactly as they were. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RefusedChangesTest {

    private final World world = new World();

    private static CompleteRequestCommand complete(UserId actor, RequestNumber number) {
        return new CompleteRequestCommand(actor, number, Money.rubles(3000), Money.rubles(500), false, false);
    }

    private static Arguments refused(String name, Status status, BiConsumer<World, RequestNumber> change,
                                     Class<? extends RuntimeException> failure) {
        return Arguments.argumentSet(name, status, change, failure);
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                refused("assigning a technician who does not exist", Status.NEW, (w, n) -> w.lifecycle.assign(
                        new AssignTechnicianCommand(DISPATCHER, n, new UserId(77))), TechnicianNotFoundException.class),
                refused("assigning an inactive technician", Status.NEW, (w, n) -> w.lifecycle.assign(
                        new AssignTechnicianCommand(DISPATCHER, n, INACTIVE_TECHNICIAN)), InvalidValueException.class),
                refused("assigning a technician without a work group", Status.NEW, (w, n) -> w.lifecycle.assign(
                        new AssignTechnicianCommand(DISPATCHER, n, TECHNICIAN_WITHOUT_GROUP)),
                        InvalidValueException.class),
                refused("a technician assigning", Status.NEW, (w, n) -> w.lifecycle.assign(
                        new AssignTechnicianCommand(TECHNICIAN, n, TECHNICIAN)), RequestNotFoundException.class),
                refused("reassigning an accepted request", Status.ACCEPTED, (w, n) -> w.lifecycle.assign(
                        new AssignTechnicianCommand(DISPATCHER, n, OTHER_TECHNICIAN)), IllegalTransitionException.class),
                refused("reassigning to an inactive technician", Status.ASSIGNED, (w, n) -> w.lifecycle.assign(
                        new AssignTechnicianCommand(DISPATCHER, n, INACTIVE_TECHNICIAN)), InvalidValueException.class),
                refused("unassigning an accepted request", Status.ACCEPTED, (w, n) -> w.lifecycle.unassign(
                        new UnassignTechnicianCommand(DISPATCHER, n)), IllegalTransitionException.class),
                refused("the technician unassigning", Status.ASSIGNED, (w, n) -> w.lifecycle.unassign(
                        new UnassignTechnicianCommand(TECHNICIAN, n)), MoveNotPermittedException.class),
                refused("another technician accepting", Status.ASSIGNED, (w, n) -> w.lifecycle.accept(
                        new AcceptRequestCommand(OTHER_TECHNICIAN, n)), RequestNotFoundException.class),
                refused("a dispatcher accepting", Status.ASSIGNED, (w, n) -> w.lifecycle.accept(
                        new AcceptRequestCommand(DISPATCHER, n)), MoveNotPermittedException.class),
                refused("a stranger repeating an accept", Status.ACCEPTED, (w, n) -> w.lifecycle.accept(
                        new AcceptRequestCommand(STRANGER, n)), RequestNotFoundException.class),
                refused("accepting a new request", Status.NEW, (w, n) -> w.lifecycle.accept(
                        new AcceptRequestCommand(ADMIN, n)), IllegalTransitionException.class),
                // moves are keyed by intent: "decline" has no row from ACCEPTED, "refuse" none from ASSIGNED (the
                // rows into REFUSED from there belong to the other intent)
                refused("declining an accepted request", Status.ACCEPTED, (w, n) -> w.lifecycle.decline(
                        new DeclineRequestCommand(TECHNICIAN, n, World.reason())), IllegalTransitionException.class),
                refused("a dispatcher refusing an assigned request", Status.ASSIGNED, (w, n) -> w.lifecycle.refuse(
                        new RefuseRequestCommand(DISPATCHER, n, World.reason())), IllegalTransitionException.class),
                refused("on site before accepting", Status.ASSIGNED, (w, n) -> w.lifecycle.markOnSite(
                        new MarkOnSiteCommand(TECHNICIAN, n)), IllegalTransitionException.class),
                refused("a dispatcher marking on site", Status.ACCEPTED, (w, n) -> w.lifecycle.markOnSite(
                        new MarkOnSiteCommand(DISPATCHER, n)), MoveNotPermittedException.class),
                refused("a long repair before accepting", Status.ASSIGNED, (w, n) -> w.lifecycle.startLongRepair(
                        new StartLongRepairCommand(TECHNICIAN, n, World.plan())), IllegalTransitionException.class),
                refused("another technician starting a long repair", Status.ACCEPTED, (w, n) ->
                        w.lifecycle.startLongRepair(new StartLongRepairCommand(OTHER_TECHNICIAN, n, World.plan())),
                        RequestNotFoundException.class),
                refused("completing before on site", Status.ACCEPTED, (w, n) -> w.lifecycle.complete(
                        complete(TECHNICIAN, n)), IllegalTransitionException.class),
                refused("an admin completing a new request", Status.NEW, (w, n) -> w.lifecycle.complete(
                        complete(ADMIN, n)), IllegalTransitionException.class),
                refused("a dispatcher closing", Status.ONSITE, (w, n) -> w.lifecycle.complete(
                        complete(DISPATCHER, n)), MoveNotPermittedException.class),
                refused("refusing a closed request", Status.CLOSED, (w, n) -> w.lifecycle.refuse(
                        new RefuseRequestCommand(ADMIN, n, World.reason())), IllegalTransitionException.class),
                refused("a stranger refusing", Status.NEW, (w, n) -> w.lifecycle.refuse(
                        new RefuseRequestCommand(STRANGER, n, World.reason())), RequestNotFoundException.class),
                refused("reopening an accepted request", Status.ACCEPTED, (w, n) -> w.lifecycle.reopen(
                        new ReopenRequestCommand(DISPATCHER, n)), IllegalTransitionException.class),
                refused("a technician reopening", Status.REFUSED, (w, n) -> w.lifecycle.reopen(
                        new ReopenRequestCommand(TECHNICIAN, n)), RequestNotFoundException.class),
                refused("a stranger adding notes", Status.NEW, (w, n) -> w.lifecycle.addNotes(
                        new AddNotesCommand(STRANGER, n, new Notes("Привет"))), RequestNotFoundException.class),
                refused("another technician editing notes", Status.ACCEPTED, (w, n) -> w.lifecycle.edit(
                        new EditRequestFieldCommand(OTHER_TECHNICIAN, n, new FieldChange.NotesChange(
                                Optional.empty()))), RequestNotFoundException.class),
                refused("a stranger pinging", Status.ACCEPTED, (w, n) -> w.lifecycle.ping(
                        new PingTechnicianCommand(STRANGER, n)), RequestNotFoundException.class),
                refused("accepting a request that does not exist", Status.NEW, (w, n) -> w.lifecycle.accept(
                        new AcceptRequestCommand(TECHNICIAN, new RequestNumber(n.value() + 1))),
                        RequestNotFoundException.class));
    }

    @ParameterizedTest
    @MethodSource("refusals")
    void nothing_at_all_changes_when_a_change_is_refused(Status status, BiConsumer<World, RequestNumber> change,
                                                          Class<? extends RuntimeException> failure) {
        RequestNumber number = world.requestIn(status);
        World.Snapshot before = world.snapshot(number);
        long requestsBefore = world.storedRequests.count(Set.of());

        assertThatThrownBy(() -> change.accept(world, number)).isInstanceOf(failure);

        assertThat(world.snapshot(number)).isEqualTo(before);
        assertThat(world.storedRequests.count(Set.of())).isEqualTo(requestsBefore);
    }

    @Test
    void an_inactive_technician_is_refused_as_not_assignable() {
        RequestNumber number = world.requestIn(Status.NEW);

        assertThatThrownBy(() -> world.lifecycle.assign(new AssignTechnicianCommand(DISPATCHER, number,
                INACTIVE_TECHNICIAN)))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("technician.not_assignable"));
    }

    @Test
    void a_technician_without_a_work_group_is_refused_as_not_assignable() {
        RequestNumber number = world.requestIn(Status.NEW);

        assertThatThrownBy(() -> world.lifecycle.assign(new AssignTechnicianCommand(DISPATCHER, number,
                TECHNICIAN_WITHOUT_GROUP)))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("technician.not_assignable"));
    }

    @Test
    void a_technician_who_does_not_exist_is_named_in_the_refusal() {
        RequestNumber number = world.requestIn(Status.NEW);

        assertThatThrownBy(() -> world.lifecycle.assign(new AssignTechnicianCommand(DISPATCHER, number,
                new UserId(77))))
                .isInstanceOfSatisfying(TechnicianNotFoundException.class,
                        e -> assertThat(e.id()).isEqualTo(new UserId(77)));
    }

    @Test
    void new_to_closed_is_refused_naming_the_current_status_and_the_moves_allowed_from_it() {
        RequestNumber number = world.requestIn(Status.NEW);

        assertThatThrownBy(() -> world.lifecycle.complete(complete(ADMIN, number)))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                    assertThat(e.number()).isEqualTo(number);
                    assertThat(e.current()).isEqualTo(Status.NEW);
                    assertThat(e.target()).isEqualTo(Status.CLOSED);
                    assertThat(e.allowed()).containsExactlyInAnyOrder(Status.ASSIGNED, Status.REFUSED);
                    assertThat(e).hasMessageContaining("NEW -> CLOSED")
                            .hasMessageContaining("allowed: [ASSIGNED, REFUSED]");
                });
    }

    @Test
    void a_technician_acting_on_a_request_not_assigned_to_them_is_told_it_does_not_exist() {
        RequestNumber number = world.requestIn(Status.ASSIGNED);

        // not MoveNotPermitted with the current status: someone who may not see the request learns nothing of it
        assertThatThrownBy(() -> world.lifecycle.accept(new AcceptRequestCommand(OTHER_TECHNICIAN, number)))
                .isInstanceOfSatisfying(RequestNotFoundException.class,
                        e -> assertThat(e.number()).isEqualTo(number));
    }

    @Test
    void a_dispatcher_closing_is_refused() {
        RequestNumber number = world.requestIn(Status.ONSITE);

        assertThatThrownBy(() -> world.lifecycle.complete(complete(DISPATCHER, number)))
                .isInstanceOfSatisfying(MoveNotPermittedException.class, e -> {
                    assertThat(e.current()).isEqualTo(Status.ONSITE);
                    assertThat(e.target()).isEqualTo(Status.CLOSED);
                    assertThat(e.allowed()).isEmpty();
                });
    }

    @Test
    void a_harmless_repeat_of_a_move_by_someone_who_could_make_it_is_not_an_error() {
        RequestNumber number = world.requestIn(Status.CLOSED);
        World.Snapshot before = world.snapshot(number);

        RequestChangeResult again = world.lifecycle.complete(complete(TECHNICIAN, number));

        assertThat(again.changed()).isFalse();
        assertThat(world.snapshot(number)).isEqualTo(before);
    }
}
