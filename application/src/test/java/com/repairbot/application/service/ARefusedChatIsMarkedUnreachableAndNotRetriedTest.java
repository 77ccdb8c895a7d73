package com.repairbot.application.service;

import static com.repairbot.application.service.World.ADMIN;
import static com.repairbot.application.service.World.STAFF_GROUP;
import static com.repairbot.application.service.World.TECHNICIAN;
import static com.repairbot.application.service.World.TECHNICIAN_GROUP;
import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.application.port.in.ChatMembershipCommand;
import com.repairbot.application.port.in.ListTechniciansQuery;
import com.repairbot.application.port.in.ViewRequestCardQuery;
import com.repairbot.application.port.out.Notification;
import com.repairbot.application.port.out.NotificationKind;
import com.repairbot.application.port.out.UnreachableMark;
import com.repairbot.application.port.out.UnreachableMark.Reason;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.request.Status;
import com.repairbot.domain.staff.ChatId;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, item 8: notifications refused for good (403 blocked, removed from the work group) were dropped without
 * a trace and tried again with every later notification; after the bot was removed from a technician's group the
 * card was lost while the office was told "assigned". A chat refused for good is now marked unreachable (spec §9),
 * nothing more is sent there, the admins are told of a lost work group once, and the office's card and the
 * technicians screen show it; the mark clears when the chat is reachable again.
 */
class ARefusedChatIsMarkedUnreachableAndNotRetriedTest {

    private static final ChatId TECHNICIANS_CHAT = new ChatId(TECHNICIAN.value());

    private final World world = new World();
    private final RecordingMessenger messenger = new RecordingMessenger();
    private final NotificationRelay relay = new NotificationRelay(world.settings, world.outbox, world.requests,
            world.staff, new com.repairbot.application.memory.InMemoryCardPlacements(), messenger, world.clock,
            world.reachability);

    private RequestNumber waiting(NotificationKind kind, ChatId to) {
        RequestNumber number = world.newRequest();
        world.drainOutbox();
        world.outbox.enqueue(new Notification(to, kind, number, ""), world.clock.instant());
        return number;
    }

    @Test
    void a_person_who_blocked_the_bot_is_marked_and_nothing_more_is_tried_for_them() {
        RequestNumber number = waiting(NotificationKind.CLIENT_WAITING, TECHNICIANS_CHAT);
        messenger.failNextUnreachable(Reason.BLOCKED);

        relay.deliverDue(10);

        assertThat(world.unreachable.find(TECHNICIANS_CHAT)).get().extracting(UnreachableMark::reason)
                .isEqualTo(Reason.BLOCKED);
        assertThat(relay.refusedForGood()).isEqualTo(1);
        assertThat(world.waiting()).isEmpty();

        world.outbox.enqueue(new Notification(TECHNICIANS_CHAT, NotificationKind.CLIENT_WAITING, number, ""),
                world.clock.instant());
        world.clock.advance(Duration.ofHours(1));
        relay.deliverDue(10);

        assertThat(messenger.attempts()).as("not tried again").isEqualTo(1);
        assertThat(relay.refusedForGood()).isEqualTo(2);
        assertThat(world.waiting()).as("dropped, not retried").isEmpty();
        assertThat(world.told).as("a person is not a group: nobody is told").isEmpty();
    }

    @Test
    void a_message_refused_for_itself_does_not_mark_the_chat() {
        waiting(NotificationKind.CLIENT_WAITING, TECHNICIANS_CHAT);
        messenger.failNextPermanently();

        relay.deliverDue(10);

        assertThat(world.unreachable.all()).isEmpty();
        assertThat(relay.refusedForGood()).isEqualTo(1);
    }

    @Test
    void a_lost_work_group_is_marked_the_admins_told_once_and_the_office_card_and_screen_show_it() {
        RequestNumber number = world.requestIn(Status.ASSIGNED);
        world.drainOutbox();
        world.outbox.enqueue(new Notification(TECHNICIAN_GROUP, NotificationKind.REQUEST_ASSIGNED, number, ""),
                world.clock.instant());
        messenger.failNextUnreachable(Reason.REMOVED);
        relay.deliverDue(100);

        assertThat(world.unreachable.find(TECHNICIAN_GROUP)).get().extracting(UnreachableMark::reason)
                .isEqualTo(Reason.REMOVED);
        assertThat(world.told).singleElement().satisfies(told -> {
            assertThat(told.getKey()).isEqualTo(new ChatId(ADMIN.value()));
            assertThat(told.getValue().text()).isEqualTo(com.repairbot.application.text.Messages
                    .forLanguage(com.repairbot.application.text.Messages.RUSSIAN)
                    .get("unreachable.work_group_lost", TECHNICIAN_GROUP.value(), "Сергей П.")); // the technician by name
        });

        world.reachability.membershipChanged(new ChatMembershipCommand(TECHNICIAN_GROUP, false));
        assertThat(world.told).as("told once").hasSize(1);

        assertThat(world.queries.view(new ViewRequestCardQuery(World.DISPATCHER, number)).unreachable())
                .extracting(UnreachableMark::chat).containsExactly(TECHNICIAN_GROUP);
        assertThat(world.queries.view(new ViewRequestCardQuery(TECHNICIAN, number)).unreachable())
                .as("the office's card").isEmpty();
        assertThat(world.staffService.technicians(new ListTechniciansQuery(ADMIN, false)).unreachable())
                .extracting(UnreachableMark::chat).containsExactly(TECHNICIAN_GROUP);
    }

    @Test
    void the_bot_removed_from_the_staff_group_tells_the_admins_and_added_back_clears_the_mark() {
        World world = new World(World.settingsWithStaffGroup());
        world.reachability.membershipChanged(new ChatMembershipCommand(STAFF_GROUP, false));

        assertThat(world.unreachable.find(STAFF_GROUP)).isPresent();
        assertThat(world.told).singleElement().satisfies(told -> assertThat(told.getValue().text())
                .contains(Long.toString(STAFF_GROUP.value())));

        world.reachability.membershipChanged(new ChatMembershipCommand(STAFF_GROUP, true));

        assertThat(world.unreachable.find(STAFF_GROUP)).isEmpty();
    }

    @Test
    void a_group_the_bot_has_no_business_in_is_marked_but_nobody_is_told() {
        world.reachability.membershipChanged(new ChatMembershipCommand(new ChatId(-777), false));

        assertThat(world.told).isEmpty();
    }

    @Test
    void a_person_blocking_and_unblocking_the_bot_is_marked_and_cleared() {
        world.reachability.membershipChanged(new ChatMembershipCommand(TECHNICIANS_CHAT, false));
        assertThat(world.unreachable.find(TECHNICIANS_CHAT)).get().extracting(UnreachableMark::reason)
                .isEqualTo(Reason.BLOCKED);

        world.reachability.membershipChanged(new ChatMembershipCommand(TECHNICIANS_CHAT, true));

        assertThat(world.unreachable.find(TECHNICIANS_CHAT)).isEmpty();
    }
}
