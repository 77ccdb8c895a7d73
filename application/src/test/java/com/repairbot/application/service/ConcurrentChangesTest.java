package com.repairbot.application.service;

import static com.repairbot.application.service.World.ADMIN;
import static com.repairbot.application.service.World.DISPATCHER;
import static com.repairbot.application.service.World.TECHNICIAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.repairbot.application.memory.InMemoryTransactions;
import com.repairbot.application.port.in.AcceptRequestCommand;
import com.repairbot.application.port.in.AddNotesCommand;
import com.repairbot.application.port.in.CompleteRequestCommand;
import com.repairbot.application.port.in.ConcurrentChangeException;
import com.repairbot.application.port.in.EditRequestFieldCommand;
import com.repairbot.application.port.in.MarkOnSiteCommand;
import com.repairbot.application.port.in.RequestChangeResult;
import com.repairbot.application.port.in.UnassignTechnicianCommand;
import com.repairbot.application.port.out.Transactions;
import com.repairbot.application.testing.Race;
import com.repairbot.domain.money.Money;
import com.repairbot.domain.request.FieldChange;
import com.repairbot.domain.request.HistoryEntry;
import com.repairbot.domain.request.MoveDetails;
import com.repairbot.domain.request.Notes;
import com.repairbot.domain.request.RepairRequest;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.request.Status;
import com.repairbot.domain.staff.Actor;
import com.repairbot.domain.staff.Role;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** Status changes are compare-and-set: two people pressing buttons at once never both win. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ConcurrentChangesTest {

    @Nested
    class A_change_between_read_and_write {

        private InterferingRepairRequests interfering;
        private final World world = new World(World.settings(), stored -> {
            interfering = new InterferingRepairRequests(stored);
            return interfering;
        }, new InMemoryTransactions());

        /** What another writer does meanwhile: accepts the request directly in the store. */
        private void acceptedMeanwhile(RequestNumber number) {
            RepairRequest current = world.storedRequests.find(number).orElseThrow();
            RepairRequest accepted = current.move(Actor.of(TECHNICIAN, Role.TECHNICIAN), Status.ACCEPTED,
                    MoveDetails.NONE, world.clock.instant()).request();
            assertThat(world.storedRequests.compareAndSet(accepted, current.status(), current.version())).isTrue();
        }

        @Test
        void fails_the_move_with_a_concurrent_change_and_writes_nothing_else() {
            RequestNumber number = world.requestIn(Status.ASSIGNED);
            World.Snapshot before = world.snapshot(number);
            interfering.beforeNextCompareAndSet(() -> acceptedMeanwhile(number));

            assertThatThrownBy(() -> world.lifecycle.unassign(new UnassignTechnicianCommand(DISPATCHER, number)))
                    .isInstanceOfSatisfying(ConcurrentChangeException.class,
                            e -> assertThat(e.number()).isEqualTo(number));

            RepairRequest now = world.request(number);
            assertThat(now.status()).isEqualTo(Status.ACCEPTED); // the other writer's change, and only that
            assertThat(now.technician()).contains(TECHNICIAN);
            assertThat(world.snapshot(number)).isEqualTo(new World.Snapshot(Optional.of(now), before.history(),
                    before.audit(), before.outbox(), before.technicians()));
        }

        @Test
        void fails_an_edit_when_the_request_was_changed_meanwhile() {
            RequestNumber number = world.requestIn(Status.ASSIGNED);
            World.Snapshot before = world.snapshot(number);
            interfering.beforeNextCompareAndSet(() -> acceptedMeanwhile(number));

            assertThatThrownBy(() -> world.lifecycle.addNotes(new AddNotesCommand(DISPATCHER, number,
                    new Notes("Позвонить заранее"))))
                    .isInstanceOf(ConcurrentChangeException.class);

            assertThat(world.request(number).notes()).isEmpty();
            assertThat(world.history(number)).isEqualTo(before.history());
            assertThat(world.auditEntries()).isEqualTo(before.audit());
            assertThat(world.waiting()).isEqualTo(before.outbox());
        }

        @Test
        void fails_when_the_store_reports_a_lost_race_and_leaves_everything_as_it_was() {
            RequestNumber number = world.requestIn(Status.ASSIGNED);
            World.Snapshot before = world.snapshot(number);
            interfering.failNextCompareAndSet();

            assertThatThrownBy(() -> world.lifecycle.accept(new AcceptRequestCommand(TECHNICIAN, number)))
                    .isInstanceOf(ConcurrentChangeException.class)
                    .hasMessageContaining(number.toString());

            assertThat(world.snapshot(number)).isEqualTo(before);
        }

        @Test
        void a_retry_after_a_lost_race_succeeds() {
            RequestNumber number = world.requestIn(Status.ASSIGNED);
            interfering.failNextCompareAndSet();
            assertThatThrownBy(() -> world.lifecycle.accept(new AcceptRequestCommand(TECHNICIAN, number)))
                    .isInstanceOf(ConcurrentChangeException.class);

            RequestChangeResult retried = world.lifecycle.accept(new AcceptRequestCommand(TECHNICIAN, number));

            assertThat(retried.changed()).isTrue();
            assertThat(world.history(number)).extracting(HistoryEntry::to)
                    .containsExactly(Status.NEW, Status.ASSIGNED, Status.ACCEPTED);
        }

        @Test
        void a_harmless_repeat_does_not_even_try_to_write() {
            RequestNumber number = world.requestIn(Status.ACCEPTED);
            int before = interfering.compareAndSets();

            world.lifecycle.accept(new AcceptRequestCommand(TECHNICIAN, number));
            world.lifecycle.edit(new EditRequestFieldCommand(DISPATCHER, number,
                    new FieldChange.NotesChange(Optional.of(new Notes("Ключи у соседа")))));

            assertThat(interfering.compareAndSets()).isEqualTo(before + 1); // the edit only
        }
    }

    /** Real threads through the service, with the in-memory unit of work and with none at all. */
    @Nested
    class Eight_people_pressing_at_once {

        private static final int THREADS = 8;

        /** A unit of work that does not serialise anything: the compare-and-set alone must keep order. */
        private static final Transactions NONE = new Transactions() {
            @Override
            public <T> T write(Supplier<T> work) {
                return work.get();
            }
        };

        @RepeatedTest(5)
        void exactly_one_wins_each_move_with_the_in_memory_unit_of_work() throws Exception {
            everyMoveHasOneWinner(new World());
        }

        @RepeatedTest(5)
        void exactly_one_wins_each_move_on_compare_and_set_alone() throws Exception {
            everyMoveHasOneWinner(new World(World.settings(), stored -> stored, NONE));
        }

        private void everyMoveHasOneWinner(World world) throws Exception {
            RequestNumber number = world.requestIn(Status.ASSIGNED);

            assertOneWinner(i -> world.lifecycle.accept(new AcceptRequestCommand(i % 2 == 0 ? TECHNICIAN : ADMIN,
                    number)));
            world.clock.advance(Duration.ofMinutes(1));
            assertOneWinner(i -> world.lifecycle.markOnSite(new MarkOnSiteCommand(TECHNICIAN, number)));
            world.clock.advance(Duration.ofMinutes(1));
            assertOneWinner(i -> world.lifecycle.complete(new CompleteRequestCommand(TECHNICIAN, number,
                    Money.rubles(1000 + i), Money.ZERO, false, false)));

            assertThat(world.request(number).status()).isEqualTo(Status.CLOSED);
            assertThat(world.request(number).version()).isEqualTo(5);
            List<HistoryEntry> history = world.history(number);
            assertThat(history).extracting(HistoryEntry::to).containsExactly(Status.NEW, Status.ASSIGNED,
                    Status.ACCEPTED, Status.ONSITE, Status.CLOSED);
            assertThat(world.auditEntries()).hasSize(5);
        }

        private void assertOneWinner(IntFunction<RequestChangeResult> move) throws Exception {
            List<Race.Outcome<RequestChangeResult>> outcomes = Race.outcomes(THREADS, move);

            assertThat(outcomes).filteredOn(o -> o.returned() && o.value().changed()).hasSize(1);
            // the others saw it done already, or lost the compare-and-set; nothing else went wrong
            assertThat(outcomes).filteredOn(o -> !o.returned())
                    .allSatisfy(o -> assertThat(o.failure()).isInstanceOf(ConcurrentChangeException.class));
        }

        @RepeatedTest(5)
        void of_conflicting_moves_only_one_happens() throws Exception {
            World world = new World(World.settings(), stored -> stored, NONE);
            RequestNumber number = world.requestIn(Status.ASSIGNED);

            List<Race.Outcome<RequestChangeResult>> outcomes = Race.outcomes(THREADS, i -> i % 2 == 0
                    ? world.lifecycle.accept(new AcceptRequestCommand(TECHNICIAN, number))
                    : world.lifecycle.unassign(new UnassignTechnicianCommand(DISPATCHER, number)));

            assertThat(outcomes).filteredOn(o -> o.returned() && o.value().changed()).hasSize(1);
            assertThat(world.history(number)).hasSize(3);
            assertThat(world.auditEntries()).hasSize(3);
            assertThat(world.request(number).version()).isEqualTo(3);
        }
    }
}
