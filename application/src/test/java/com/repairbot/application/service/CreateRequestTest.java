package com.repairbot.application.service;

import static com.repairbot.application.service.World.ADMIN;
import static com.repairbot.application.service.World.DISPATCHER;
import static com.repairbot.application.service.World.OTHER_DISPATCHER;
import static com.repairbot.application.service.World.STAFF_GROUP;
import static com.repairbot.application.service.World.START;
import static com.repairbot.application.service.World.STRANGER;
import static com.repairbot.application.service.World.TECHNICIAN;
import static com.repairbot.application.service.World.privateChat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.repairbot.application.port.in.CreateRequestCommand;
import com.repairbot.application.port.in.CreateRequestResult;
import com.repairbot.application.port.in.GrantRoleCommand;
import com.repairbot.application.port.out.AuditEntry;
import com.repairbot.application.port.out.Notification;
import com.repairbot.application.port.out.NotificationKind;
import com.repairbot.application.testing.Race;
import com.repairbot.domain.request.ActionNotPermittedException;
import com.repairbot.domain.request.HistoryEntry;
import com.repairbot.domain.request.RepairRequest;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.request.Status;
import com.repairbot.domain.staff.ChatId;
import com.repairbot.domain.staff.Role;
import com.repairbot.domain.staff.UserId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CreateRequestTest {

    private static final RequestNumber FIRST = new RequestNumber(1);

    @Test
    void a_dispatcher_creates_a_new_request_numbered_one_with_history_and_audit() {
        World world = new World();

        CreateRequestResult result = world.lifecycle.create(new CreateRequestCommand(DISPATCHER, World.draft(), "k1"));

        assertThat(result.created()).isTrue();
        RepairRequest request = result.request();
        assertThat(request.number()).isEqualTo(FIRST);
        assertThat(request.status()).isEqualTo(Status.NEW);
        assertThat(request.dispatcher()).isEqualTo(DISPATCHER);
        assertThat(request.technician()).isEmpty();
        assertThat(request.createdAt()).isEqualTo(START);
        assertThat(world.request(FIRST)).isEqualTo(request);
        assertThat(world.history(FIRST)).containsExactly(
                new HistoryEntry(FIRST, Optional.empty(), Status.NEW, DISPATCHER, START, ""));
        assertThat(world.auditEntries()).containsExactly(
                new AuditEntry(START, DISPATCHER, "request.create", Optional.of(FIRST), "washing_machine"));
    }

    @Test
    void a_new_request_is_told_to_every_admin_and_dispatcher_but_its_author() {
        World world = new World();
        world.staff.grant(new UserId(4), Role.DISPATCHER);
        world.staff.grant(new UserId(5), Role.ADMIN);

        world.lifecycle.create(new CreateRequestCommand(DISPATCHER, World.draft(), "k1"));

        assertThat(world.drainOutbox()).containsExactly(
                created(privateChat(ADMIN)), created(privateChat(new UserId(5))),
                created(privateChat(OTHER_DISPATCHER)), created(privateChat(new UserId(4))));
    }

    @Test
    void a_new_request_is_told_to_the_staff_group_when_one_is_configured() {
        World world = new World(World.settingsWithStaffGroup());

        world.lifecycle.create(new CreateRequestCommand(ADMIN, World.draft(), "k1"));

        assertThat(world.drainOutbox()).containsExactly(created(privateChat(DISPATCHER)),
                created(privateChat(OTHER_DISPATCHER)), new Notification(STAFF_GROUP,
                        NotificationKind.REQUEST_CREATED, FIRST, ""));
    }

    @Test
    void an_admin_who_is_also_a_dispatcher_is_not_told_of_their_own_request() {
        World world = new World();
        world.staff.grant(ADMIN, Role.DISPATCHER);

        world.lifecycle.create(new CreateRequestCommand(ADMIN, World.draft(), "k1"));

        assertThat(world.drainOutbox()).extracting(Notification::recipient)
                .containsExactly(privateChat(DISPATCHER), privateChat(OTHER_DISPATCHER));
    }

    @Test
    void the_same_idempotency_key_twice_returns_the_first_request_and_stores_nothing_again() {
        World world = new World();
        CreateRequestResult first = world.lifecycle.create(new CreateRequestCommand(DISPATCHER, World.draft(), "k1"));
        World.Snapshot before = world.snapshot(FIRST);

        CreateRequestResult again = world.lifecycle.create(new CreateRequestCommand(DISPATCHER, World.draft(), "k1"));

        assertThat(again.created()).isFalse();
        assertThat(again.request()).isEqualTo(first.request());
        assertThat(world.snapshot(FIRST)).isEqualTo(before);
        assertThat(world.storedRequests.count(Set.of())).isEqualTo(1);
        assertThat(world.keys.find("k1")).contains(FIRST);
    }

    @Test
    void another_idempotency_key_creates_the_next_number() {
        World world = new World();
        world.lifecycle.create(new CreateRequestCommand(DISPATCHER, World.draft(), "k1"));

        CreateRequestResult second = world.lifecycle.create(new CreateRequestCommand(DISPATCHER, World.draft(), "k2"));

        assertThat(second.created()).isTrue();
        assertThat(second.request().number()).isEqualTo(new RequestNumber(2));
    }

    @ParameterizedTest
    @ValueSource(longs = {10, 99})
    void a_technician_only_user_or_a_stranger_may_not_create_and_nothing_is_stored(long user) {
        World world = new World();
        World.Snapshot before = world.snapshot(FIRST);

        assertThatThrownBy(() -> world.lifecycle.create(
                new CreateRequestCommand(new UserId(user), World.draft(), "k1")))
                .isInstanceOfSatisfying(ActionNotPermittedException.class,
                        e -> assertThat(e.action()).isEqualTo("create"));

        assertThat(world.snapshot(FIRST)).isEqualTo(before);
        assertThat(world.keys.find("k1")).isEmpty();
        assertThat(world.storedRequests.count(Set.of())).isZero();
        // a refused attempt does not use up a number: the next request is still #1
        assertThat(world.lifecycle.create(new CreateRequestCommand(DISPATCHER, World.draft(), "k2"))
                .request().number()).isEqualTo(FIRST);
    }

    @Test
    void a_stranger_repeating_a_dispatchers_key_is_refused_rather_than_shown_the_request() {
        World world = new World();
        world.lifecycle.create(new CreateRequestCommand(DISPATCHER, World.draft(), "k1"));

        assertThatThrownBy(() -> world.lifecycle.create(new CreateRequestCommand(STRANGER, World.draft(), "k1")))
                .isInstanceOf(ActionNotPermittedException.class);
    }

    @Test
    void a_technician_granted_the_dispatcher_role_may_create() {
        World world = new World();
        world.staffService.grant(new GrantRoleCommand(ADMIN, TECHNICIAN, Role.DISPATCHER));

        CreateRequestResult result = world.lifecycle.create(new CreateRequestCommand(TECHNICIAN, World.draft(), "k"));

        assertThat(result.created()).isTrue();
        assertThat(result.request().dispatcher()).isEqualTo(TECHNICIAN);
    }

    @Test
    void eight_dispatchers_confirming_the_same_dialog_at_once_store_one_request() throws Exception {
        World world = new World();
        List<CreateRequestResult> results = Race.run(8, i -> world.lifecycle.create(
                new CreateRequestCommand(DISPATCHER, World.draft(), "same")));

        assertThat(results).filteredOn(CreateRequestResult::created).hasSize(1);
        assertThat(results).extracting(r -> r.request().number()).containsOnly(FIRST);
        assertThat(world.history(FIRST)).hasSize(1);
        assertThat(world.auditEntries()).hasSize(1);
    }

    private static Notification created(ChatId chat) {
        return new Notification(chat, NotificationKind.REQUEST_CREATED, FIRST, "");
    }
}
