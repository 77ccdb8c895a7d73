package com.repairbot.domain.request;

import static com.repairbot.domain.request.Fixtures.ADMIN;
import static com.repairbot.domain.request.Fixtures.ASSIGNED_TECHNICIAN;
import static com.repairbot.domain.request.Fixtures.AT;
import static com.repairbot.domain.request.Fixtures.DISPATCHER;
import static com.repairbot.domain.request.Fixtures.NUMBER;
import static com.repairbot.domain.request.Fixtures.OTHER_TECHNICIAN;
import static com.repairbot.domain.request.Fixtures.STATUS_SINCE;
import static com.repairbot.domain.request.Fixtures.VERSION;
import static com.repairbot.domain.request.Fixtures.inStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.repairbot.domain.contact.Address;
import com.repairbot.domain.contact.PersonName;
import com.repairbot.domain.contact.PhoneNumber;
import com.repairbot.domain.staff.Actor;
import com.repairbot.domain.staff.Role;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RepairRequestEditTest {

    private static final ScheduledVisit NEW_VISIT =
            new ScheduledVisit("25.11 14:00", Optional.of(LocalDateTime.of(2026, 11, 25, 14, 0)));

    /** One change of each field. */
    static Stream<FieldChange> changes() {
        return Stream.of(
                new FieldChange.Equipment(new EquipmentType("dishwasher")),
                new FieldChange.Description(new ProblemDescription("не греет воду совсем")),
                new FieldChange.ClientName(new PersonName("Петров Пётр")),
                new FieldChange.ClientAddress(new Address("г. Казань, ул. Баумана, д. 3")),
                new FieldChange.ClientPhone(PhoneNumber.parse("+79160000000")),
                new FieldChange.NotesChange(Optional.of(new Notes("код домофона 77"))),
                new FieldChange.Visit(Optional.of(NEW_VISIT)));
    }

    @ParameterizedTest
    @MethodSource("changes")
    void a_dispatcher_edits_any_field_of_a_request_that_is_not_closed(FieldChange change) {
        for (Status status : Status.values()) {
            if (status == Status.CLOSED) {
                continue;
            }
            Edited edited = inStatus(status).edit(DISPATCHER, change, "", AT);

            assertThat(valueOf(edited.request(), change.field())).isEqualTo(newValueOf(change));
            assertThat(edited.request().status()).isEqualTo(status);
        }
    }

    @ParameterizedTest
    @MethodSource("changes")
    void an_admin_corrects_any_field_of_a_closed_request(FieldChange change) {
        Edited edited = inStatus(Status.CLOSED).edit(ADMIN, change, "опечатка", AT);

        assertThat(valueOf(edited.request(), change.field())).isEqualTo(newValueOf(change));
        assertThat(edited.request().status()).isEqualTo(Status.CLOSED);
        assertThat(edited.request().completion()).isPresent();
    }

    @ParameterizedTest
    @EnumSource(value = EditableField.class, names = {"TOTAL", "MATERIALS", "REVIEW_TAKEN", "OUT_OF_CITY"},
            mode = EnumSource.Mode.EXCLUDE)
    void a_dispatcher_may_not_edit_a_closed_request(EditableField field) {
        FieldChange change = changes().filter(c -> c.field() == field).findFirst().orElseThrow();

        assertThatThrownBy(() -> inStatus(Status.CLOSED).edit(DISPATCHER, change, "", AT))
                .isInstanceOfSatisfying(ActionNotPermittedException.class, e -> {
                    assertThat(e.action()).isEqualTo("edit." + field.code());
                    assertThat(e.number()).contains(NUMBER);
                    assertThat(e).hasMessage("not permitted: edit." + field.code() + " on #123");
                });
    }

    @ParameterizedTest
    @EnumSource(value = Status.class, names = {"ASSIGNED", "ACCEPTED", "ONSITE", "LONG_REPAIR"})
    void the_assigned_technician_edits_the_notes_and_the_visit_while_working_on_it(Status status) {
        RepairRequest request = inStatus(status);

        Edited notes = request.edit(ASSIGNED_TECHNICIAN,
                new FieldChange.NotesChange(Optional.of(new Notes("клиент просит звонить заранее"))), "", AT);
        Edited visit = request.edit(ASSIGNED_TECHNICIAN, new FieldChange.Visit(Optional.of(NEW_VISIT)),
                "клиент попросил перенести", AT);

        assertThat(notes.request().notes()).map(Notes::value).contains("клиент просит звонить заранее");
        assertThat(visit.request().visit()).contains(NEW_VISIT);
        assertThat(visit.event().by()).isEqualTo(Fixtures.TECHNICIAN_ID);
    }

    @ParameterizedTest
    @EnumSource(value = Status.class, names = {"ASSIGNED", "ACCEPTED", "ONSITE", "LONG_REPAIR"})
    void the_assigned_technician_may_not_change_the_address(Status status) {
        FieldChange address = new FieldChange.ClientAddress(new Address("г. Казань, ул. Баумана, д. 3"));

        assertThatThrownBy(() -> inStatus(status).edit(ASSIGNED_TECHNICIAN, address, "", AT))
                .isInstanceOfSatisfying(ActionNotPermittedException.class,
                        e -> assertThat(e.action()).isEqualTo("edit.address"));
    }

    @ParameterizedTest
    @EnumSource(value = Status.class, names = {"NEW", "CLOSED", "REFUSED"})
    void the_technician_may_not_edit_the_visit_before_or_after_working_on_it(Status status) {
        assertThat(inStatus(status).mayEdit(ASSIGNED_TECHNICIAN, EditableField.VISIT)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Status.class)
    void another_technician_may_edit_nothing(Status status) {
        RepairRequest request = inStatus(status);

        for (EditableField field : EditableField.values()) {
            assertThat(request.mayEdit(OTHER_TECHNICIAN, field)).as(field.code()).isFalse();
        }
        assertThatThrownBy(() -> request.edit(OTHER_TECHNICIAN,
                new FieldChange.NotesChange(Optional.empty()), "", AT))
                .isInstanceOf(ActionNotPermittedException.class);
    }

    @Test
    void someone_without_a_role_may_edit_nothing() {
        assertThat(inStatus(Status.ASSIGNED).mayEdit(Actor.of(Fixtures.TECHNICIAN_ID), EditableField.NOTES))
                .isFalse();
    }

    @Test
    void an_edit_counts_as_a_change_and_is_written_into_the_history() {
        Edited edited = inStatus(Status.ACCEPTED).edit(DISPATCHER,
                new FieldChange.ClientPhone(PhoneNumber.parse("+79160000000")), null, AT);

        assertThat(edited.request().version()).isEqualTo(VERSION + 1);
        assertThat(edited.request().updatedAt()).isEqualTo(AT);
        assertThat(edited.request().statusSince()).isEqualTo(STATUS_SINCE);
        RequestEdited event = edited.event();
        assertThat(event.number()).isEqualTo(NUMBER);
        assertThat(event.status()).isEqualTo(Status.ACCEPTED);
        assertThat(event.field()).isEqualTo(EditableField.PHONE);
        assertThat(event.by()).isEqualTo(Fixtures.DISPATCHER_ID);
        assertThat(event.at()).isEqualTo(AT);
        HistoryEntry entry = event.historyEntry();
        assertThat(entry.from()).contains(Status.ACCEPTED);
        assertThat(entry.to()).isEqualTo(Status.ACCEPTED);
        assertThat(entry.comment()).isEqualTo("field:phone");
    }

    @Test
    void the_reason_of_an_edit_follows_the_field_in_the_history() {
        Edited edited = inStatus(Status.ACCEPTED).edit(ASSIGNED_TECHNICIAN,
                new FieldChange.Visit(Optional.of(NEW_VISIT)), "  клиент попросил перенести ", AT);

        assertThat(edited.event().comment()).isEqualTo("клиент попросил перенести");
        assertThat(edited.event().historyEntry().comment()).isEqualTo("field:visit клиент попросил перенести");
    }

    @Test
    void notes_and_visit_can_be_cleared() {
        RepairRequest request = inStatus(Status.NEW);
        assertThat(request.notes()).isPresent();

        RepairRequest cleared = request.edit(DISPATCHER, new FieldChange.NotesChange(Optional.empty()), "", AT)
                .request().edit(DISPATCHER, new FieldChange.Visit(Optional.empty()), "", AT).request();

        assertThat(cleared.notes()).isEmpty();
        assertThat(cleared.visit()).isEmpty();
        assertThat(cleared.version()).isEqualTo(VERSION + 2);
    }

    @Test
    void an_admin_who_is_also_a_technician_may_still_edit_anything() {
        Actor both = Actor.of(Fixtures.OTHER_TECHNICIAN_ID, Role.TECHNICIAN, Role.ADMIN);

        assertThat(inStatus(Status.CLOSED).mayEdit(both, EditableField.ADDRESS)).isTrue();
    }

    @Test
    void field_codes_are_stable_lower_case_names() {
        assertThat(Stream.of(EditableField.values()).map(EditableField::code))
                .containsExactly("equipment", "description", "client_name", "address", "phone", "notes", "visit",
                        "total", "materials", "review_taken", "out_of_city");
        assertThat(Stream.of(EditableField.values()).filter(EditableField::technicianMayEdit))
                .containsExactly(EditableField.NOTES, EditableField.VISIT);
    }

    @Test
    void a_change_refuses_a_missing_value() {
        assertThatThrownBy(() -> new FieldChange.Equipment(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new FieldChange.Description(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new FieldChange.ClientName(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new FieldChange.ClientAddress(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new FieldChange.ClientPhone(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new FieldChange.NotesChange(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new FieldChange.Visit(null)).isInstanceOf(NullPointerException.class);
    }

    private static Object valueOf(RepairRequest request, EditableField field) {
        return switch (field) {
            case EQUIPMENT -> request.equipment();
            case DESCRIPTION -> request.description();
            case CLIENT_NAME -> request.client().name();
            case ADDRESS -> request.client().address();
            case PHONE -> request.client().phone();
            case NOTES -> request.notes();
            case VISIT -> request.visit();
            case TOTAL, MATERIALS, REVIEW_TAKEN, OUT_OF_CITY -> request.completion();
        };
    }

    private static Object newValueOf(FieldChange change) {
        return switch (change) {
            case FieldChange.Equipment c -> c.value();
            case FieldChange.Description c -> c.value();
            case FieldChange.ClientName c -> c.value();
            case FieldChange.ClientAddress c -> c.value();
            case FieldChange.ClientPhone c -> c.value();
            case FieldChange.NotesChange c -> c.value();
            case FieldChange.Visit c -> c.value();
            case FieldChange.MoneyChange c -> throw new IllegalArgumentException("money has its own test");
        };
    }
}
