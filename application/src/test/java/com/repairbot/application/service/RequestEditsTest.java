package com.repairbot.application.service;

import static com.repairbot.application.service.World.ADMIN;
import static com.repairbot.application.service.World.DISPATCHER;
import static com.repairbot.application.service.World.OTHER_DISPATCHER;
import static com.repairbot.application.service.World.OTHER_TECHNICIAN;
import static com.repairbot.application.service.World.TECHNICIAN;
import static com.repairbot.application.service.World.TECHNICIAN_GROUP;
import static com.repairbot.application.service.World.privateChat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.repairbot.application.port.in.AddNotesCommand;
import com.repairbot.application.port.in.DeclineRequestCommand;
import com.repairbot.application.port.in.EditRequestFieldCommand;
import com.repairbot.application.port.in.PingTechnicianCommand;
import com.repairbot.application.port.in.RequestChangeResult;
import com.repairbot.application.port.in.RequestNotFoundException;
import com.repairbot.application.port.in.RescheduleVisitCommand;
import com.repairbot.application.port.out.AuditEntry;
import com.repairbot.application.port.out.Notification;
import com.repairbot.application.port.out.NotificationKind;
import com.repairbot.domain.contact.Address;
import com.repairbot.domain.request.ActionNotPermittedException;
import com.repairbot.domain.request.FieldChange;
import com.repairbot.domain.request.HistoryEntry;
import com.repairbot.domain.request.Notes;
import com.repairbot.domain.request.ProblemDescription;
import com.repairbot.domain.request.RepairRequest;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.request.ScheduledVisit;
import com.repairbot.domain.request.Status;
import com.repairbot.domain.shared.InvalidValueException;
import com.repairbot.domain.staff.Specialization;
import com.repairbot.domain.staff.Technician;
import com.repairbot.domain.staff.UserId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Changes that are not status moves: reschedule, notes, field edits and the "client is waiting" ping. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RequestEditsTest {

    private static final ScheduledVisit TOMORROW = new ScheduledVisit("завтра 10:00",
            Optional.of(LocalDateTime.of(2025, 3, 11, 10, 0)));

    private final World world = new World();

    private RequestNumber given(Status status) {
        RequestNumber number = world.requestIn(status);
        world.drainOutbox();
        world.clock.advance(Duration.ofMinutes(5));
        return number;
    }

    private Instant now() {
        return world.clock.instant();
    }

    private void assertEditRecorded(RequestNumber number, Status status, UserId by, String field, String comment) {
        assertThat(world.history(number).getLast()).isEqualTo(new HistoryEntry(number, Optional.of(status), status,
                by, now(), "field:" + field + comment));
        // what the field held before and after is checked where the values are known
        assertThat(world.lastAudit()).usingRecursiveComparison().ignoringFields("oldValue", "newValue")
                .isEqualTo(new AuditEntry(now(), by, "request.edit." + field, Optional.of(number), ""));
    }

    /** The card in the technician's work group is brought up to date. */
    private static Notification cardUpdate(RequestNumber number) {
        return new Notification(TECHNICIAN_GROUP, NotificationKind.CARD_UPDATE, number, "");
    }

    private static Notification edited(RequestNumber number, String field) {
        return new Notification(privateChat(DISPATCHER), NotificationKind.REQUEST_EDITED, number, field);
    }

    @Nested
    class Reschedule {

        @Test
        void the_technician_moves_the_visit_with_a_reason_and_the_author_is_told() {
            RequestNumber number = given(Status.ACCEPTED);

            RequestChangeResult result = world.lifecycle.reschedule(new RescheduleVisitCommand(TECHNICIAN, number,
                    TOMORROW, "клиент попросил"));

            assertThat(result.changed()).isTrue();
            RepairRequest request = world.request(number);
            assertThat(result.request()).isEqualTo(request);
            assertThat(request.visit()).contains(TOMORROW);
            assertThat(request.status()).isEqualTo(Status.ACCEPTED);
            assertThat(request.version()).isEqualTo(4);
            assertEditRecorded(number, Status.ACCEPTED, TECHNICIAN, "visit", " клиент попросил");
            assertThat(world.drainOutbox()).containsExactly(cardUpdate(number), edited(number, "visit"));
        }

        @Test
        void the_author_rescheduling_is_not_told_of_it() {
            RequestNumber number = given(Status.NEW);

            world.lifecycle.reschedule(new RescheduleVisitCommand(DISPATCHER, number, TOMORROW, "  "));

            assertThat(world.request(number).visit()).contains(TOMORROW);
            assertEditRecorded(number, Status.NEW, DISPATCHER, "visit", "");
            assertThat(world.drainOutbox()).isEmpty();
        }

        @Test
        void a_technician_not_assigned_to_the_request_may_not_reschedule_it() {
            RequestNumber number = given(Status.ACCEPTED);
            World.Snapshot before = world.snapshot(number);

            // answered as for a missing request: he may not see it (issue 14, item 9)
            assertThatThrownBy(() -> world.lifecycle.reschedule(new RescheduleVisitCommand(OTHER_TECHNICIAN, number,
                    TOMORROW, ""))).isInstanceOf(com.repairbot.application.port.in.RequestNotFoundException.class);
            assertThat(world.snapshot(number)).isEqualTo(before);
        }
    }

    @Nested
    class AddNotes {

        @Test
        void notes_are_appended_to_the_earlier_ones_on_a_new_line() {
            RequestNumber number = world.newRequest(World.draft(Optional.of(new Notes("Домофон 12"))));
            world.drainOutbox();

            RequestChangeResult result = world.lifecycle.addNotes(new AddNotesCommand(OTHER_DISPATCHER, number,
                    new Notes("Позвонить заранее")));

            assertThat(result.changed()).isTrue();
            assertThat(world.request(number).notes()).contains(new Notes("Домофон 12\nПозвонить заранее"));
            assertEditRecorded(number, Status.NEW, OTHER_DISPATCHER, "notes", "");
            assertThat(world.drainOutbox()).containsExactly(edited(number, "notes"));
        }

        @Test
        void the_first_notes_are_kept_as_they_are() {
            RequestNumber number = given(Status.ASSIGNED);

            world.lifecycle.addNotes(new AddNotesCommand(TECHNICIAN, number, new Notes("Нужен ТЭН")));

            assertThat(world.request(number).notes()).contains(new Notes("Нужен ТЭН"));
            assertEditRecorded(number, Status.ASSIGNED, TECHNICIAN, "notes", "");
        }

        @Test
        void notes_that_would_grow_too_long_are_refused_and_nothing_changes() {
            RequestNumber number = world.newRequest(World.draft(Optional.of(new Notes("а".repeat(600)))));
            World.Snapshot before = world.snapshot(number);

            assertThatThrownBy(() -> world.lifecycle.addNotes(new AddNotesCommand(DISPATCHER, number,
                    new Notes("б".repeat(500)))))
                    .isInstanceOfSatisfying(InvalidValueException.class,
                            e -> assertThat(e.code()).isEqualTo("notes.total_length"));
            assertThat(world.snapshot(number)).isEqualTo(before);
        }
    }

    @Nested
    class EditField {

        private final Address newAddress = new Address("г. Москва, ул. Тверская, д. 7");

        @Test
        void a_dispatcher_corrects_the_address() {
            RequestNumber number = given(Status.ASSIGNED);

            RequestChangeResult result = world.lifecycle.edit(new EditRequestFieldCommand(DISPATCHER, number,
                    new FieldChange.ClientAddress(newAddress)));

            assertThat(result.changed()).isTrue();
            assertThat(world.request(number).client().address()).isEqualTo(newAddress);
            assertEditRecorded(number, Status.ASSIGNED, DISPATCHER, "address", "");
            // the audit keeps the old and the new address in full, for the admins who read it (issue 15)
            assertThat(world.lastAudit().newValue()).contains(newAddress.value());
            assertThat(world.lastAudit().oldValue()).isPresent().get().isNotEqualTo(newAddress.value());
            assertThat(world.drainOutbox()).containsExactly(cardUpdate(number));
        }

        @Test
        void an_admin_corrects_a_closed_request_and_the_author_is_told() {
            RequestNumber number = given(Status.CLOSED);

            world.lifecycle.edit(new EditRequestFieldCommand(ADMIN, number, new FieldChange.ClientAddress(newAddress)));

            assertThat(world.request(number).client().address()).isEqualTo(newAddress);
            assertThat(world.request(number).status()).isEqualTo(Status.CLOSED);
            assertEditRecorded(number, Status.CLOSED, ADMIN, "address", "");
            assertThat(world.drainOutbox()).containsExactly(cardUpdate(number), edited(number, "address"));
        }

        @Test
        void a_dispatcher_may_not_correct_a_closed_request() {
            RequestNumber number = given(Status.CLOSED);
            World.Snapshot before = world.snapshot(number);

            assertThatThrownBy(() -> world.lifecycle.edit(new EditRequestFieldCommand(DISPATCHER, number,
                    new FieldChange.ClientAddress(newAddress))))
                    .isInstanceOfSatisfying(ActionNotPermittedException.class,
                            e -> assertThat(e.action()).isEqualTo("edit.address"));
            assertThat(world.snapshot(number)).isEqualTo(before);
        }

        @Test
        void the_technician_may_not_change_the_description() {
            RequestNumber number = given(Status.ACCEPTED);
            World.Snapshot before = world.snapshot(number);

            assertThatThrownBy(() -> world.lifecycle.edit(new EditRequestFieldCommand(TECHNICIAN, number,
                    new FieldChange.Description(new ProblemDescription("Совсем другая поломка")))))
                    .isInstanceOfSatisfying(ActionNotPermittedException.class,
                            e -> assertThat(e.action()).isEqualTo("edit.description"));
            assertThat(world.snapshot(number)).isEqualTo(before);
        }

        @Test
        void a_request_that_does_not_exist_cannot_be_edited() {
            RequestNumber missing = new RequestNumber(404);

            assertThatThrownBy(() -> world.lifecycle.edit(new EditRequestFieldCommand(DISPATCHER, missing,
                    new FieldChange.ClientAddress(newAddress))))
                    .isInstanceOfSatisfying(RequestNotFoundException.class,
                            e -> assertThat(e.number()).isEqualTo(missing));
            assertThat(world.auditEntries()).isEmpty();
        }
    }

    @Nested
    class Ping {

        @Test
        void the_office_tells_the_technician_privately_and_in_the_group_that_the_client_is_waiting() {
            RequestNumber number = given(Status.ACCEPTED);
            RepairRequest before = world.request(number);
            int historyBefore = world.history(number).size();

            RequestChangeResult result = world.lifecycle.ping(new PingTechnicianCommand(OTHER_DISPATCHER, number));

            assertThat(result.request()).isEqualTo(before);
            assertThat(world.request(number)).isEqualTo(before);
            assertThat(world.history(number)).hasSize(historyBefore);
            assertThat(world.lastAudit()).isEqualTo(new AuditEntry(now(), OTHER_DISPATCHER, "request.ping",
                    Optional.of(number), ""));
            assertThat(world.drainOutbox()).containsExactly(
                    new Notification(privateChat(TECHNICIAN), NotificationKind.CLIENT_WAITING, number, ""),
                    new Notification(TECHNICIAN_GROUP, NotificationKind.CLIENT_WAITING, number, ""));
        }

        @Test
        void a_technician_who_lost_their_group_is_pinged_privately_only() {
            RequestNumber number = given(Status.ONSITE);
            world.staff.saveTechnician(new Technician(TECHNICIAN, world.staff.technician(TECHNICIAN).orElseThrow()
                    .phone(), new Specialization("духовки"), true, Optional.empty()));

            world.lifecycle.ping(new PingTechnicianCommand(ADMIN, number));

            assertThat(world.drainOutbox()).containsExactly(
                    new Notification(privateChat(TECHNICIAN), NotificationKind.CLIENT_WAITING, number, ""));
        }

        @Test
        void a_technician_may_not_ping() {
            RequestNumber number = given(Status.ACCEPTED);
            assertPingRefused(TECHNICIAN, number);
        }

        @Test
        void there_is_no_one_to_ping_on_a_request_without_technician() {
            assertPingRefused(DISPATCHER, given(Status.NEW));
        }

        @ParameterizedTest
        @EnumSource(value = Status.class, names = {"CLOSED", "REFUSED"})
        void there_is_no_ping_on_a_closed_or_refused_request(Status status) {
            RequestNumber number = given(Status.ASSIGNED);
            if (status == Status.CLOSED) {
                number = given(Status.CLOSED);
            } else {
                world.lifecycle.decline(new DeclineRequestCommand(TECHNICIAN, number, World.reason()));
                world.drainOutbox();
            }
            assertThat(world.request(number).technician()).contains(TECHNICIAN);
            assertPingRefused(DISPATCHER, number);
        }

        private void assertPingRefused(UserId actor, RequestNumber number) {
            World.Snapshot before = world.snapshot(number);

            assertThatThrownBy(() -> world.lifecycle.ping(new PingTechnicianCommand(actor, number)))
                    .isInstanceOfSatisfying(ActionNotPermittedException.class, e -> {
                        assertThat(e.action()).isEqualTo("ping");
                        assertThat(e.number()).contains(number);
                    });
            assertThat(world.snapshot(number)).isEqualTo(before);
        }
    }
}
