package com.repairbot.domain.request;

import static com.repairbot.domain.request.Fixtures.AT;
import static com.repairbot.domain.request.Fixtures.NUMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.repairbot.domain.staff.Actor;
import com.repairbot.domain.staff.Role;
import com.repairbot.domain.staff.UserId;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RepairRequestCreateTest {

    static Stream<Actor> office() {
        return Stream.of(Fixtures.DISPATCHER, Fixtures.ADMIN,
                Actor.of(new UserId(7), Role.TECHNICIAN, Role.DISPATCHER));
    }

    @ParameterizedTest
    @MethodSource("office")
    void a_dispatcher_or_an_admin_enters_a_new_request(Actor actor) {
        RequestDraft draft = Fixtures.draft();

        RequestCreated.WithRequest created = RepairRequest.create(NUMBER, draft, actor, AT);

        RepairRequest request = created.request();
        assertThat(request.number()).isEqualTo(NUMBER);
        assertThat(request.status()).isEqualTo(Status.NEW);
        assertThat(request.version()).isEqualTo(1);
        assertThat(request.dispatcher()).isEqualTo(actor.id());
        assertThat(request.technician()).isEmpty();
        assertThat(request.equipment()).isEqualTo(draft.equipment());
        assertThat(request.description()).isEqualTo(draft.description());
        assertThat(request.client()).isEqualTo(draft.client());
        assertThat(request.notes()).isEqualTo(draft.notes());
        assertThat(request.visit()).isEqualTo(draft.visit());
        assertThat(request.longRepair()).isEmpty();
        assertThat(request.completion()).isEmpty();
        assertThat(request.refusal()).isEmpty();
        assertThat(request.createdAt()).isEqualTo(AT);
        assertThat(request.updatedAt()).isEqualTo(AT);
        assertThat(request.statusSince()).isEqualTo(AT);

        RequestCreated event = created.event();
        assertThat(event.number()).isEqualTo(NUMBER);
        assertThat(event.by()).isEqualTo(actor.id());
        assertThat(event.at()).isEqualTo(AT);
        HistoryEntry entry = event.historyEntry();
        assertThat(entry.from()).isEmpty();
        assertThat(entry.to()).isEqualTo(Status.NEW);
        assertThat(entry.by()).isEqualTo(actor.id());
        assertThat(entry.at()).isEqualTo(AT);
        assertThat(entry.comment()).isEmpty();
    }

    static Stream<Actor> not_office() {
        return Stream.of(Fixtures.ASSIGNED_TECHNICIAN, Actor.of(new UserId(9)));
    }

    @ParameterizedTest
    @MethodSource("not_office")
    void a_technician_or_someone_without_a_role_may_not_enter_a_request(Actor actor) {
        assertThatThrownBy(() -> RepairRequest.create(NUMBER, Fixtures.draft(), actor, AT))
                .isInstanceOfSatisfying(ActionNotPermittedException.class, e -> {
                    assertThat(e.action()).isEqualTo("create");
                    assertThat(e.number()).isEmpty();
                    assertThat(e).hasMessage("not permitted: create");
                });
    }

    @Test
    void a_draft_needs_every_mandatory_part() {
        RequestDraft d = Fixtures.draft();

        assertThatThrownBy(() -> new RequestDraft(null, d.description(), d.client(), d.notes(), d.visit()))
                .isInstanceOf(NullPointerException.class).hasMessage("equipment");
        assertThatThrownBy(() -> new RequestDraft(d.equipment(), null, d.client(), d.notes(), d.visit()))
                .isInstanceOf(NullPointerException.class).hasMessage("description");
        assertThatThrownBy(() -> new RequestDraft(d.equipment(), d.description(), null, d.notes(), d.visit()))
                .isInstanceOf(NullPointerException.class).hasMessage("client");
        assertThatThrownBy(() -> new RequestDraft(d.equipment(), d.description(), d.client(), null, d.visit()))
                .isInstanceOf(NullPointerException.class).hasMessage("notes");
        assertThatThrownBy(() -> new RequestDraft(d.equipment(), d.description(), d.client(), d.notes(), null))
                .isInstanceOf(NullPointerException.class).hasMessage("visit");
    }

    @Test
    void a_draft_without_notes_or_visit_gives_a_request_without_them() {
        RequestDraft d = Fixtures.draft();
        RequestDraft bare = new RequestDraft(d.equipment(), d.description(), d.client(), Optional.empty(),
                Optional.empty());

        RepairRequest request = RepairRequest.create(NUMBER, bare, Fixtures.DISPATCHER, AT).request();

        assertThat(request.notes()).isEmpty();
        assertThat(request.visit()).isEmpty();
    }
}
