package com.repairbot.application.service;

import static com.repairbot.application.service.World.ADMIN;
import static com.repairbot.application.service.World.CLIENT_PHONE;
import static com.repairbot.application.service.World.DISPATCHER;
import static com.repairbot.application.service.World.OTHER_DISPATCHER;
import static com.repairbot.application.service.World.OTHER_TECHNICIAN;
import static com.repairbot.application.service.World.TECHNICIAN;
import static com.repairbot.application.service.World.TECHNICIAN_GROUP;
import static com.repairbot.application.service.World.privateChat;
import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.application.conversation.Option;
import com.repairbot.application.conversation.Outbound;
import com.repairbot.application.port.in.AcceptRequestCommand;
import com.repairbot.application.port.in.AssignTechnicianCommand;
import com.repairbot.application.port.in.MarkOnSiteCommand;
import com.repairbot.application.port.in.PingTechnicianCommand;
import com.repairbot.application.port.in.RescheduleVisitCommand;
import com.repairbot.application.port.in.UnassignTechnicianCommand;
import com.repairbot.application.port.out.Notification;
import com.repairbot.application.port.out.NotificationKind;
import com.repairbot.application.port.out.PendingNotification;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.request.ScheduledVisit;
import com.repairbot.domain.request.Status;
import com.repairbot.domain.staff.ChatId;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class NotificationRelayTest {

    private static final String MASKED_PHONE = "+7******4567";
    private static final RequestNumber FIRST = new RequestNumber(1);

    private final World world = new World();
    private final RecordingMessenger messenger = new RecordingMessenger();
    private final NotificationRelay relay = new NotificationRelay(world.settings, world.outbox, world.requests,
            world.staff, new com.repairbot.application.memory.InMemoryCardPlacements(), messenger, world.clock,
            world.reachability(messenger));

    /** A request #1 and an empty outbox but for the one notification queued now. */
    private RequestNumber oneWaiting(NotificationKind kind, ChatId to) {
        RequestNumber number = world.newRequest();
        world.drainOutbox();
        world.outbox.enqueue(new Notification(to, kind, number, ""), world.clock.instant());
        return number;
    }

    private PendingNotification theWaitingOne() {
        List<PendingNotification> waiting = world.waiting();
        assertThat(waiting).hasSize(1);
        return waiting.getFirst();
    }

    @Nested
    class Delivery {

        @Test
        void delivers_what_is_due_through_the_messenger_and_removes_it() {
            world.newRequest(); // tells admin 1 and dispatcher 3

            int delivered = relay.deliverDue(10);

            assertThat(delivered).isEqualTo(2);
            assertThat(messenger.sent()).extracting(RecordingMessenger.Sent::chat)
                    .containsExactly(privateChat(ADMIN), privateChat(OTHER_DISPATCHER));
            assertThat(world.outbox.size()).isZero();
            assertThat(relay.deliverDue(10)).isZero();
            assertThat(messenger.sent()).hasSize(2);
        }

        @Test
        void delivers_at_most_the_limit_at_a_time() {
            world.newRequest();

            assertThat(relay.deliverDue(1)).isEqualTo(1);
            assertThat(world.outbox.size()).isEqualTo(1);
            assertThat(relay.deliverDue(1)).isEqualTo(1);
            assertThat(world.outbox.size()).isZero();
        }

        @Test
        void leaves_what_is_not_due_yet() {
            RequestNumber number = world.newRequest();
            world.drainOutbox();
            world.outbox.enqueue(new Notification(privateChat(ADMIN), NotificationKind.REQUEST_CREATED, number, ""),
                    world.clock.instant().plusSeconds(60));

            assertThat(relay.deliverDue(10)).isZero();
            world.clock.advance(Duration.ofSeconds(60));
            assertThat(relay.deliverDue(10)).isEqualTo(1);
        }

        @Test
        void a_transient_failure_is_retried_later_with_a_growing_delay() {
            oneWaiting(NotificationKind.REQUEST_CREATED, privateChat(ADMIN));
            messenger.failNextTransiently().failNextTransiently();

            assertThat(relay.deliverDue(10)).isZero();
            assertThat(theWaitingOne().attempts()).isEqualTo(1);
            assertThat(world.outbox.due(world.clock.instant(), 10)).isEmpty();

            world.clock.advance(Duration.ofMillis(4_999));
            assertThat(relay.deliverDue(10)).isZero();
            assertThat(messenger.attempts()).isEqualTo(1);

            world.clock.advance(Duration.ofMillis(1)); // 5 s after the first failure
            assertThat(relay.deliverDue(10)).isZero();
            assertThat(messenger.attempts()).isEqualTo(2);
            assertThat(theWaitingOne().attempts()).isEqualTo(2);

            world.clock.advance(Duration.ofSeconds(9));
            assertThat(relay.deliverDue(10)).isZero();
            assertThat(messenger.attempts()).isEqualTo(2);

            world.clock.advance(Duration.ofSeconds(1)); // 10 s after the second failure
            assertThat(relay.deliverDue(10)).isEqualTo(1);
            assertThat(messenger.only().chat()).isEqualTo(privateChat(ADMIN));
            assertThat(world.outbox.size()).isZero();
        }

        @Test
        void a_permanent_failure_drops_the_notification() {
            oneWaiting(NotificationKind.REQUEST_CREATED, privateChat(ADMIN));
            messenger.failNextPermanently();

            assertThat(relay.deliverDue(10)).isZero();

            assertThat(world.outbox.size()).isZero();
            assertThat(messenger.sent()).isEmpty();
            world.clock.advance(Duration.ofHours(1));
            relay.deliverDue(10);
            assertThat(messenger.attempts()).isEqualTo(1);
        }

        @Test
        void one_failure_does_not_hold_back_the_others() {
            world.newRequest();
            messenger.failNextTransiently();

            assertThat(relay.deliverDue(10)).isEqualTo(1);

            assertThat(messenger.only().chat()).isEqualTo(privateChat(OTHER_DISPATCHER));
            assertThat(world.waiting()).singleElement()
                    .satisfies(p -> assertThat(p.notification().recipient()).isEqualTo(privateChat(ADMIN)));
        }

        @Test
        void a_notification_whose_request_does_not_exist_is_dropped_without_sending() {
            world.outbox.enqueue(new Notification(privateChat(ADMIN), NotificationKind.STATUS_CHANGED,
                    new RequestNumber(42), "ACCEPTED"), world.clock.instant());

            relay.deliverDue(10);

            assertThat(messenger.attempts()).isZero();
            assertThat(world.outbox.size()).isZero();
        }

        @ParameterizedTest
        @CsvSource({"0, 5", "1, 10", "2, 20", "8, 1280", "9, 1800", "16, 1800", "40, 1800"})
        void the_delay_doubles_from_five_seconds_up_to_half_an_hour(int attempts, long seconds) {
            assertThat(NotificationRelay.backoff(attempts)).isEqualTo(Duration.ofSeconds(seconds));
        }
    }

    @Nested
    class Rendering {

        private Outbound sentTo(ChatId chat) {
            relay.deliverDue(100);
            return messenger.sent().stream().filter(s -> s.chat().equals(chat)).map(RecordingMessenger.Sent::message)
                    .reduce((first, second) -> second).orElseThrow(() -> new AssertionError("nothing to " + chat));
        }

        private List<List<String>> buttons(Outbound message) {
            return message.options().stream().map(row -> row.stream().map(Option::data).toList()).toList();
        }

        @Test
        void an_assignment_shows_the_technicians_group_a_card_with_the_phone_masked_and_accept_and_decline() {
            world.requestIn(Status.ASSIGNED);

            Outbound card = sentTo(TECHNICIAN_GROUP);

            assertThat(card.text()).startsWith("👷 Заявка #1 назначена мастеру Сергей П.\n\n")
                    .contains(MASKED_PHONE).doesNotContain(CLIENT_PHONE);
            assertThat(card.presentation()).isEqualTo(Outbound.Presentation.INLINE);
            assertThat(buttons(card)).containsExactly(List.of("r:1:accept", "r:1:decline"), List.of("r:1:card"));
            assertThat(card.options().getFirst()).extracting(Option::label)
                    .containsExactly("✅ Принять", "↩ Отказаться");
        }

        @Test
        void the_private_note_to_the_technician_hides_the_phone_too() {
            world.requestIn(Status.ASSIGNED);

            Outbound note = sentTo(privateChat(TECHNICIAN));

            assertThat(note.text()).startsWith("👷 Вам назначена заявка #1").contains(MASKED_PHONE)
                    .doesNotContain(CLIENT_PHONE);
            assertThat(buttons(note)).containsExactly(List.of("r:1:accept", "r:1:decline"), List.of("r:1:card"));
        }

        @Test
        void a_card_rendered_once_the_technician_is_on_site_shows_the_phone_and_the_buttons_of_on_site() {
            world.requestIn(Status.ASSIGNED);
            world.lifecycle.accept(new AcceptRequestCommand(TECHNICIAN, FIRST));
            world.lifecycle.markOnSite(new MarkOnSiteCommand(TECHNICIAN, FIRST));

            Outbound card = sentTo(TECHNICIAN_GROUP); // queued while ASSIGNED, worded as the request is now

            assertThat(card.text()).contains(CLIENT_PHONE);
            assertThat(buttons(card)).containsExactly(List.of("r:1:complete", "r:1:long_repair"),
                    List.of("r:1:card"));
        }

        @Test
        void a_client_waiting_ping_hides_the_phone_until_on_site() {
            world.requestIn(Status.ACCEPTED);
            world.drainOutbox();
            world.lifecycle.ping(new PingTechnicianCommand(DISPATCHER, FIRST));

            Outbound ping = sentTo(TECHNICIAN_GROUP);

            assertThat(ping.text()).startsWith("🔔 Клиент по заявке #1 ждёт!").contains(MASKED_PHONE)
                    .doesNotContain(CLIENT_PHONE);
            assertThat(buttons(ping)).containsExactly(List.of("r:1:card"));
        }

        @Test
        void a_technician_taken_off_a_request_is_not_shown_the_clients_phone() {
            world.requestIn(Status.ASSIGNED);
            world.drainOutbox();
            world.lifecycle.unassign(new UnassignTechnicianCommand(DISPATCHER, FIRST));

            Outbound note = sentTo(privateChat(TECHNICIAN));

            assertThat(note.text()).startsWith("↩ Заявка #1 снята с вас").doesNotContain(CLIENT_PHONE);
            assertThat(buttons(note)).containsExactly(List.of("r:1:card"));
        }

        @Test
        void a_technician_replaced_by_another_gets_no_buttons_for_a_request_no_longer_theirs() {
            world.requestIn(Status.ASSIGNED);
            world.drainOutbox();
            world.lifecycle.assign(new AssignTechnicianCommand(DISPATCHER, FIRST, OTHER_TECHNICIAN));

            Outbound note = sentTo(privateChat(TECHNICIAN));

            assertThat(note.text()).startsWith("↩ Заявка #1 снята с вас").doesNotContain(CLIENT_PHONE);
            assertThat(buttons(note)).containsExactly(List.of("r:1:card"));
        }

        @Test
        void a_status_change_names_the_status_and_who_moved_it_in_russian_to_the_author_who_sees_the_phone() {
            world.requestIn(Status.ACCEPTED);

            Outbound changed = sentTo(privateChat(DISPATCHER));

            assertThat(changed.text()).startsWith("Заявка #1: статус «Принята» — Сергей П.\n\n").contains(CLIENT_PHONE);
            assertThat(buttons(changed)).containsExactly(List.of("r:1:card"));
        }

        @ParameterizedTest
        @EnumSource(Status.class)
        void every_status_has_russian_words(Status status) {
            world.newRequest();
            world.drainOutbox();
            world.outbox.enqueue(new Notification(privateChat(DISPATCHER), NotificationKind.STATUS_CHANGED, FIRST,
                    status.name()), world.clock.instant());

            String headline = sentTo(privateChat(DISPATCHER)).text().lines().findFirst().orElseThrow();

            assertThat(headline).startsWith("Заявка #1: статус «").doesNotContain("[", status.name());
        }

        @Test
        void a_status_change_without_detail_still_renders() {
            RequestNumber number = oneWaiting(NotificationKind.STATUS_CHANGED, privateChat(DISPATCHER));

            Optional<Outbound> rendered = relay.render(new Notification(privateChat(DISPATCHER),
                    NotificationKind.STATUS_CHANGED, number, ""));

            assertThat(rendered).hasValueSatisfying(m -> assertThat(m.text()).startsWith("Заявка #1: статус «»"));
        }

        @Test
        void an_edit_names_the_field_in_russian() {
            world.requestIn(Status.ACCEPTED);
            world.drainOutbox();
            world.lifecycle.reschedule(new RescheduleVisitCommand(TECHNICIAN, FIRST,
                    new ScheduledVisit("завтра утром", Optional.empty()), "пробки"));

            Outbound edited = sentTo(privateChat(DISPATCHER));

            assertThat(edited.text()).startsWith("Заявка #1: изменено поле «Визит»").contains("завтра утром");
        }

        @Test
        void a_new_request_is_announced_to_the_office_with_the_phone() {
            world.newRequest();

            Outbound created = sentTo(privateChat(ADMIN));

            assertThat(created.text()).startsWith("🆕 Новая заявка #1\n\n").contains(CLIENT_PHONE)
                    .contains("Иванов Иван");
            assertThat(buttons(created)).containsExactly(List.of("r:1:card"));
        }

        @Test
        void a_notification_of_a_request_that_does_not_exist_renders_to_nothing() {
            assertThat(relay.render(new Notification(privateChat(ADMIN), NotificationKind.REQUEST_CREATED,
                    new RequestNumber(42), ""))).isEmpty();
        }
    }
}
