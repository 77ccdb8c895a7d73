package com.repairbot.application.service;

import com.repairbot.application.port.in.RequestNotFoundException;
import static com.repairbot.application.service.World.ADMIN;
import static com.repairbot.application.service.World.DISPATCHER;
import static com.repairbot.application.service.World.OTHER_DISPATCHER;
import static com.repairbot.application.service.World.TECHNICIAN;
import static com.repairbot.application.service.World.TECHNICIAN_GROUP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.repairbot.application.memory.InMemoryTransactions;
import com.repairbot.application.port.in.AcceptRequestCommand;
import com.repairbot.application.port.in.AddNotesCommand;
import com.repairbot.application.port.in.CompleteRequestCommand;
import com.repairbot.application.port.in.DeclineRequestCommand;
import com.repairbot.application.port.in.MarkOnSiteCommand;
import com.repairbot.application.port.in.OpenRequests;
import com.repairbot.application.port.in.RescheduleVisitCommand;
import com.repairbot.application.port.in.SetTechnicianActiveCommand;
import com.repairbot.application.port.in.StartLongRepairCommand;
import com.repairbot.application.port.in.TechnicianResult;
import com.repairbot.application.port.in.ViewRequestCardQuery;
import com.repairbot.application.port.out.Notification;
import com.repairbot.application.port.out.NotificationKind;
import com.repairbot.application.port.out.Transactions;
import com.repairbot.domain.money.Money;
import com.repairbot.domain.request.ActionNotPermittedException;
import com.repairbot.domain.request.Notes;
import com.repairbot.domain.request.RepairRequest;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.request.ScheduledVisit;
import com.repairbot.domain.request.Status;
import com.repairbot.domain.request.TransitionRefusedException;
import com.repairbot.domain.staff.Role;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * A deactivated technician kept the technician role, so the requests still assigned to him could be accepted and
 * worked. Now he acts without it on every request, and deactivating him names what is still his and can return it
 * to NEW in the same transaction.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DeactivatedTechnicianCannotWorkHisRequestsTest {

    /** Counts the outermost units of work, so that "in one step" is seen rather than assumed. */
    private static final class CountingTransactions implements Transactions {
        private final Transactions inner = new InMemoryTransactions();
        private final AtomicInteger depth = new AtomicInteger();
        private final AtomicInteger outermost = new AtomicInteger();

        @Override
        public <T> T write(Supplier<T> work) {
            if (depth.getAndIncrement() == 0) {
                outermost.incrementAndGet();
            }
            try {
                return inner.write(work);
            } finally {
                depth.decrementAndGet();
            }
        }
    }

    private final CountingTransactions transactions = new CountingTransactions();
    private final World world = new World(World.settings(), UnaryOperator.identity(), transactions);

    private TechnicianResult deactivate(OpenRequests open) {
        return world.staffService.setActive(new SetTechnicianActiveCommand(ADMIN, TECHNICIAN, false, open));
    }

    @Nested
    class Refused {

        @Test
        void a_deactivated_technician_cannot_accept_or_decline_a_request_still_assigned_to_him() {
            RequestNumber number = world.requestIn(Status.ASSIGNED);
            deactivate(OpenRequests.KEEP);
            World.Snapshot before = world.snapshot(number);

            assertThatThrownBy(() -> world.lifecycle.accept(new AcceptRequestCommand(TECHNICIAN, number)))
                    .isInstanceOf(RequestNotFoundException.class);
            assertThatThrownBy(() -> world.lifecycle.decline(new DeclineRequestCommand(TECHNICIAN, number,
                    World.reason()))).isInstanceOf(RequestNotFoundException.class);

            assertThat(world.snapshot(number)).isEqualTo(before);
        }

        @Test
        void a_deactivated_technician_cannot_move_a_request_he_was_working_on() {
            RequestNumber accepted = world.requestIn(Status.ACCEPTED);
            RequestNumber onSite = world.requestIn(Status.ONSITE);
            deactivate(OpenRequests.KEEP);

            assertThatThrownBy(() -> world.lifecycle.markOnSite(new MarkOnSiteCommand(TECHNICIAN, accepted)))
                    .isInstanceOf(RequestNotFoundException.class);
            assertThatThrownBy(() -> world.lifecycle.startLongRepair(new StartLongRepairCommand(TECHNICIAN, accepted,
                    World.plan()))).isInstanceOf(RequestNotFoundException.class);
            assertThatThrownBy(() -> world.lifecycle.complete(new CompleteRequestCommand(TECHNICIAN, onSite,
                    Money.rubles(3000), Money.rubles(500), false, false)))
                    .isInstanceOf(RequestNotFoundException.class);

            assertThat(world.request(accepted).status()).isEqualTo(Status.ACCEPTED);
            assertThat(world.request(onSite).status()).isEqualTo(Status.ONSITE);
        }

        @Test
        void a_deactivated_technician_can_neither_add_notes_nor_reschedule() {
            RequestNumber number = world.requestIn(Status.ACCEPTED);
            deactivate(OpenRequests.KEEP);
            World.Snapshot before = world.snapshot(number);

            assertThatThrownBy(() -> world.lifecycle.addNotes(new AddNotesCommand(TECHNICIAN, number,
                    new Notes("ещё заметка")))).isInstanceOf(RuntimeException.class);
            assertThatThrownBy(() -> world.lifecycle.reschedule(new RescheduleVisitCommand(TECHNICIAN, number,
                    new ScheduledVisit("завтра 10:00", Optional.empty()), "клиент попросил")))
                    .isInstanceOf(RuntimeException.class);

            assertThat(world.snapshot(number)).isEqualTo(before);
        }

        @Test
        void the_card_offers_a_deactivated_technician_no_buttons_because_he_may_not_even_open_it() {
            RequestNumber number = world.requestIn(Status.ASSIGNED);
            assertThat(world.queries.view(new ViewRequestCardQuery(TECHNICIAN, number)).moves()).isNotEmpty();

            deactivate(OpenRequests.KEEP);

            assertThatThrownBy(() -> world.queries.view(new ViewRequestCardQuery(TECHNICIAN, number)))
                    .isInstanceOf(RequestNotFoundException.class);
            assertThat(world.authorizer.actorOf(TECHNICIAN).has(Role.TECHNICIAN)).isFalse();
            assertThat(world.staff.grantedRoles(TECHNICIAN)).containsExactly(Role.TECHNICIAN); // kept, for later
        }

        @Test
        void activated_again_he_works_his_requests_again() {
            RequestNumber number = world.requestIn(Status.ASSIGNED);
            deactivate(OpenRequests.KEEP);

            world.staffService.setActive(new SetTechnicianActiveCommand(ADMIN, TECHNICIAN, true));

            assertThat(world.lifecycle.accept(new AcceptRequestCommand(TECHNICIAN, number)).request().status())
                    .isEqualTo(Status.ACCEPTED);
        }
    }

    @Nested
    class Deactivation {

        @Test
        void with_requests_still_his_it_first_names_them_and_changes_nothing() {
            RequestNumber assigned = world.requestIn(Status.ASSIGNED);
            RequestNumber onSite = world.requestIn(Status.ONSITE);
            world.requestIn(Status.CLOSED);
            World.Snapshot before = world.snapshot(assigned);

            TechnicianResult asked = world.staffService.setActive(
                    new SetTechnicianActiveCommand(ADMIN, TECHNICIAN, false));

            assertThat(asked.decisionNeeded()).isTrue();
            assertThat(asked.changed()).isFalse();
            assertThat(asked.open()).extracting(RepairRequest::number).containsExactlyInAnyOrder(assigned, onSite);
            assertThat(world.snapshot(assigned)).isEqualTo(before);
            assertThat(world.staff.technician(TECHNICIAN).orElseThrow().active()).isTrue();
        }

        @Test
        void without_requests_it_deactivates_at_once() {
            world.requestIn(Status.CLOSED);

            TechnicianResult result = world.staffService.setActive(
                    new SetTechnicianActiveCommand(ADMIN, TECHNICIAN, false));

            assertThat(result.changed()).isTrue();
            assertThat(result.decisionNeeded()).isFalse();
            assertThat(world.staff.technician(TECHNICIAN).orElseThrow().active()).isFalse();
        }

        @Test
        void unassigning_returns_his_assigned_requests_to_new_in_one_audited_step_and_tells_the_dispatchers() {
            RequestNumber assigned = world.requestIn(Status.ASSIGNED);
            RequestNumber alsoAssigned = world.requestIn(Status.ASSIGNED);
            RequestNumber onSite = world.requestIn(Status.ONSITE);
            world.drainOutbox();
            int before = transactions.outermost.get();

            TechnicianResult result = deactivate(OpenRequests.UNASSIGN);

            assertThat(transactions.outermost.get() - before).isEqualTo(1);
            assertThat(result.changed()).isTrue();
            assertThat(result.unassigned()).containsExactly(assigned, alsoAssigned);
            assertThat(result.open()).extracting(RepairRequest::number).containsExactly(onSite);
            assertThat(world.staff.technician(TECHNICIAN).orElseThrow().active()).isFalse();
            for (RequestNumber number : List.of(assigned, alsoAssigned)) {
                assertThat(world.request(number).status()).isEqualTo(Status.NEW);
                assertThat(world.request(number).technician()).isEmpty();
                assertThat(world.history(number).getLast().to()).isEqualTo(Status.NEW);
                assertThat(world.auditEntries()).anyMatch(e -> e.request().equals(Optional.of(number))
                        && e.action().equals("request.unassign") && e.actor().equals(ADMIN));
            }
            assertThat(world.request(onSite).status()).isEqualTo(Status.ONSITE);
            assertThat(world.lastAudit().action()).isEqualTo("technician.deactivate");
            assertThat(world.lastAudit().details()).contains("unassigned #" + assigned.value(),
                    "#" + alsoAssigned.value());
            List<Notification> told = world.drainOutbox();
            for (var dispatcher : List.of(DISPATCHER, OTHER_DISPATCHER)) {
                assertThat(told).filteredOn(n -> n.recipient().equals(World.privateChat(dispatcher))
                                && n.kind() == NotificationKind.STATUS_CHANGED)
                        .extracting(Notification::request).contains(assigned, alsoAssigned);
            }
            assertThat(told).anyMatch(n -> n.recipient().equals(TECHNICIAN_GROUP)
                    && n.kind() == NotificationKind.CARD_UPDATE);
        }

        @Test
        void a_refused_deactivation_unassigns_nothing() {
            RequestNumber assigned = world.requestIn(Status.ASSIGNED);
            World.Snapshot before = world.snapshot(assigned);

            assertThatThrownBy(() -> world.staffService.setActive(new SetTechnicianActiveCommand(DISPATCHER,
                    TECHNICIAN, false, OpenRequests.UNASSIGN))).isInstanceOf(ActionNotPermittedException.class);

            assertThat(world.snapshot(assigned)).isEqualTo(before);
        }
    }
}
