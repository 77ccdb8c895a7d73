package com.repairbot.application.schedule;

import static com.repairbot.application.schedule.ScheduledWorld.ADMIN;
import static com.repairbot.application.schedule.ScheduledWorld.DISPATCHER;
import static com.repairbot.application.schedule.ScheduledWorld.GROUP;
import static com.repairbot.application.schedule.ScheduledWorld.TECHNICIAN;
import static com.repairbot.application.testing.Requests.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.application.port.out.Notification;
import com.repairbot.application.port.out.NotificationKind;
import com.repairbot.domain.request.ScheduledVisit;
import com.repairbot.domain.request.Status;
import com.repairbot.domain.staff.ChatId;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** Overdue alerts and reminders on an injected clock (the defaults of docs/scheduled-work.md). */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ScheduledAlertsTest {

    private final ScheduledWorld world = new ScheduledWorld();

    @Test
    void a_new_request_is_overdue_at_two_hours_told_once_to_the_office_and_never_again_in_that_status() {
        world.add(request(1));

        world.runFor(Duration.ofMinutes(119));
        assertThat(world.queued(NotificationKind.OVERDUE)).isEmpty();

        world.runFor(Duration.ofMinutes(1));
        assertThat(world.queued(NotificationKind.OVERDUE)).extracting(Notification::recipient)
                .containsExactlyInAnyOrder(new ChatId(ADMIN.value()), new ChatId(DISPATCHER.value()));
        assertThat(world.queued(NotificationKind.OVERDUE)).allSatisfy(n -> assertThat(n.detail()).isEqualTo("NEW"));

        world.runFor(Duration.ofHours(10));
        assertThat(world.queued(NotificationKind.OVERDUE)).hasSize(2);
        assertThat(world.failures).isEmpty();
    }

    @Test
    void each_status_has_its_own_threshold_and_its_own_single_alert() {
        world.add(request(1));
        world.runFor(Duration.ofMinutes(30)); // on a check: the alert comes at the threshold itself
        world.move(1, Status.ASSIGNED);

        world.runFor(Duration.ofMinutes(239));
        assertThat(world.queued(NotificationKind.OVERDUE)).isEmpty();
        world.runFor(Duration.ofMinutes(1));
        assertThat(world.queued(NotificationKind.OVERDUE)).hasSize(2)
                .allSatisfy(n -> assertThat(n.detail()).isEqualTo("ASSIGNED"));

        world.move(1, Status.ACCEPTED);
        world.runFor(Duration.ofHours(8));
        assertThat(world.queued(NotificationKind.OVERDUE)).hasSize(4);
        world.move(1, Status.ONSITE);
        world.runFor(Duration.ofHours(12));
        assertThat(world.queued(NotificationKind.OVERDUE)).hasSize(6);
        world.runFor(Duration.ofHours(24));
        assertThat(world.queued(NotificationKind.OVERDUE)).hasSize(6);
    }

    @Test
    void a_request_not_assigned_in_fifteen_minutes_is_reminded_to_dispatchers_once() {
        world.add(request(1));

        world.runFor(Duration.ofMinutes(14));
        assertThat(world.queued(NotificationKind.REMIND_ASSIGN)).isEmpty();
        world.runFor(Duration.ofMinutes(1));
        assertThat(world.queued(NotificationKind.REMIND_ASSIGN)).extracting(Notification::recipient)
                .containsExactly(new ChatId(DISPATCHER.value()));
        world.runFor(Duration.ofHours(1));
        assertThat(world.queued(NotificationKind.REMIND_ASSIGN)).hasSize(1);
    }

    @Test
    void an_assigned_request_not_accepted_in_fifteen_minutes_is_reminded_in_the_technicians_group_with_buttons() {
        world.add(request(1));
        world.move(1, Status.ASSIGNED);

        world.runFor(Duration.ofMinutes(15));

        assertThat(world.queued(NotificationKind.REMIND_ACCEPT)).extracting(Notification::recipient)
                .containsExactly(GROUP);
        world.relay.deliverDue(100);
        assertThat(world.sent).filteredOn(s -> s.chat().equals(GROUP)).singleElement().satisfies(s -> {
            assertThat(s.message().text()).startsWith("⏳ Заявка #1 назначена, но ещё не принята")
                    .doesNotContain("+79991234567");
            assertThat(s.message().options().getFirst()).extracting(o -> o.data())
                    .containsExactly("r:1:accept", "r:1:decline");
        });
    }

    @Test
    void reminders_stop_once_the_request_moves_on_even_one_queued_already() {
        world.add(request(1));
        world.runFor(Duration.ofMinutes(15));
        assertThat(world.queued(NotificationKind.REMIND_ASSIGN)).hasSize(1);

        world.move(1, Status.ASSIGNED); // before the reminder went out
        world.relay.deliverDue(100);
        world.runFor(Duration.ofMinutes(5));
        world.move(1, Status.ACCEPTED); // accepted within the 15 minutes: no accept reminder either
        world.runFor(Duration.ofHours(1));
        world.relay.deliverDue(100);

        assertThat(world.sent).isEmpty();
        assertThat(world.queued(NotificationKind.REMIND_ACCEPT)).isEmpty();
        assertThat(world.queued(NotificationKind.REMIND_ASSIGN)).isEmpty();
    }

    @Test
    void a_visit_within_two_hours_is_reminded_to_the_technician_once() {
        LocalDateTime fifteen = LocalDateTime.of(2026, 3, 10, 15, 0); // Moscow; now is 12:00 there
        world.add(request(1).status(Status.ACCEPTED).technician(TECHNICIAN)
                .visit(new ScheduledVisit("сегодня 15:00", Optional.of(fifteen))));

        world.runFor(Duration.ofMinutes(59));
        assertThat(world.queued(NotificationKind.REMIND_VISIT)).isEmpty();
        world.runFor(Duration.ofMinutes(1));
        assertThat(world.queued(NotificationKind.REMIND_VISIT)).extracting(Notification::recipient)
                .containsExactly(new ChatId(TECHNICIAN.value()));
        world.runFor(Duration.ofMinutes(30));
        assertThat(world.queued(NotificationKind.REMIND_VISIT)).hasSize(1);
    }
}
