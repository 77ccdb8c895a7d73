package com.repairbot.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.application.port.out.Notification;
import com.repairbot.application.port.out.NotificationKind;
import com.repairbot.application.port.out.Outbox;
import com.repairbot.application.port.out.PendingNotification;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.staff.ChatId;
import com.repairbot.application.testing.Race;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What every {@link Outbox} must do. An adapter's test extends it and says how to make an empty one.
 * "Oldest first" means by the time a notification is due, and in the order of queueing for the same time.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
public abstract class OutboxContract {

    private static final Instant T = Instant.parse("2025-03-01T09:00:00Z");

    private Outbox outbox;

    /** @return an empty outbox, a new one for each test */
    protected abstract Outbox newStore();

    @BeforeEach
    void startFromAnEmptyOutbox() {
        outbox = newStore();
    }

    @Test
    void an_empty_outbox_has_nothing_due_and_size_zero() {
        assertThat(outbox.due(T, 10)).isEmpty();
        assertThat(outbox.size()).isZero();
    }

    @Test
    void the_oldest_due_time_is_the_earliest_of_those_waiting_and_moves_on_when_it_is_delivered_or_retried() {
        assertThat(outbox.oldestDue()).isEmpty();
        outbox.enqueue(notification(1), T.plusSeconds(60));
        outbox.enqueue(notification(2), T);
        assertThat(outbox.oldestDue()).contains(T);

        long earliest = outbox.due(T, 1).getFirst().id();
        outbox.retryLater(earliest, T.plusSeconds(120));
        assertThat(outbox.oldestDue()).contains(T.plusSeconds(60));
        outbox.delivered(outbox.due(T.plusSeconds(60), 1).getFirst().id());
        assertThat(outbox.oldestDue()).contains(T.plusSeconds(120));
    }

    @Test
    void a_notification_is_due_at_its_time_and_after_but_not_before() {
        outbox.enqueue(notification(1), T);

        assertThat(outbox.due(T.minusNanos(1), 10)).isEmpty();
        assertThat(outbox.due(T, 10)).extracting(PendingNotification::notification).containsExactly(notification(1));
        assertThat(outbox.due(T.plusSeconds(3600), 10)).hasSize(1);
    }

    @Test
    void a_queued_notification_waits_with_no_failed_attempts() {
        outbox.enqueue(notification(1), T);

        assertThat(outbox.due(T, 10)).singleElement()
                .satisfies(pending -> assertThat(pending.attempts()).isZero());
    }

    @Test
    void every_kind_of_notification_comes_back_as_it_was_queued() {
        List<Notification> queued = List.of(NotificationKind.values()).stream()
                .map(kind -> new Notification(new ChatId(-1_001_234_567_890L), kind,
                        new RequestNumber(kind.ordinal() + 1), kind.name().toLowerCase(java.util.Locale.ROOT)))
                .toList();
        queued.forEach(n -> outbox.enqueue(n, T));

        assertThat(outbox.due(T, 100)).extracting(PendingNotification::notification)
                .containsExactlyElementsOf(queued);
    }

    @ParameterizedTest
    @EnumSource(NotificationKind.class)
    void a_detail_with_unicode_and_quotes_comes_back_unchanged(NotificationKind kind) {
        Notification tricky = new Notification(new ChatId(5_000_000_000L), kind, new RequestNumber(42),
                "ONSITE → «на месте» 'O'Brien' \"x\"; DROP TABLE outbox; -- 🔧\n");
        outbox.enqueue(tricky, T);

        assertThat(outbox.due(T, 1)).extracting(PendingNotification::notification).containsExactly(tricky);
    }

    @Test
    void due_gives_the_oldest_first_whatever_the_order_of_queueing() {
        outbox.enqueue(notification(3), T.plusSeconds(2));
        outbox.enqueue(notification(1), T);
        outbox.enqueue(notification(2), T.plusSeconds(1));

        assertThat(requests(outbox.due(T.plusSeconds(10), 10))).containsExactly(1L, 2L, 3L);
    }

    @Test
    void notifications_due_at_the_same_time_come_in_the_order_they_were_queued() {
        for (long n = 1; n <= 5; n++) {
            outbox.enqueue(notification(n), T);
        }

        assertThat(requests(outbox.due(T, 10))).containsExactly(1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void due_gives_at_most_the_limit_and_the_oldest_ones() {
        for (long n = 1; n <= 5; n++) {
            outbox.enqueue(notification(n), T.plusSeconds(n));
        }

        assertThat(requests(outbox.due(T.plusSeconds(10), 2))).containsExactly(1L, 2L);
    }

    @Test
    void due_leaves_the_notifications_waiting_until_they_are_delivered() {
        outbox.enqueue(notification(1), T);

        List<PendingNotification> first = outbox.due(T, 10);

        assertThat(outbox.due(T, 10)).isEqualTo(first);
        assertThat(outbox.size()).isEqualTo(1);
    }

    @Test
    void each_notification_has_its_own_id() {
        for (long n = 1; n <= 5; n++) {
            outbox.enqueue(notification(1), T);
        }

        assertThat(outbox.due(T, 10)).extracting(PendingNotification::id).doesNotHaveDuplicates().hasSize(5);
    }

    @Test
    void a_delivered_notification_is_gone_and_the_others_stay() {
        outbox.enqueue(notification(1), T);
        outbox.enqueue(notification(2), T);
        long first = outbox.due(T, 10).getFirst().id();

        outbox.delivered(first);

        assertThat(requests(outbox.due(T, 10))).containsExactly(2L);
        assertThat(outbox.size()).isEqualTo(1);
    }

    @Test
    void several_queued_at_once_come_back_in_their_order_each_with_its_own_id_behind_those_queued_before() {
        outbox.enqueue(notification(1), T);
        outbox.enqueueAll(List.of(notification(2), notification(3), notification(4)), T);
        outbox.enqueueAll(List.of(), T);

        List<PendingNotification> due = outbox.due(T, 10);
        assertThat(requests(due)).containsExactly(1L, 2L, 3L, 4L);
        assertThat(due).extracting(PendingNotification::id).doesNotHaveDuplicates();
        assertThat(due).extracting(PendingNotification::attempts).containsOnly(0);
        assertThat(outbox.due(T.minusNanos(1), 10)).isEmpty();
    }

    @Test
    void several_delivered_at_once_are_gone_the_others_stay_and_unknown_ids_are_skipped() {
        for (long n = 1; n <= 4; n++) {
            outbox.enqueue(notification(n), T);
        }
        List<Long> ids = outbox.due(T, 10).stream().map(PendingNotification::id).toList();

        outbox.delivered(List.of(ids.get(0), ids.get(2), 987_654_321L));
        outbox.delivered(List.of());

        assertThat(requests(outbox.due(T, 10))).containsExactly(2L, 4L);
        assertThat(outbox.size()).isEqualTo(2);
    }

    @Test
    void a_large_batch_of_deliveries_is_removed_whole() {
        int count = 1_234; // more than one statement's worth of ids
        for (long n = 1; n <= count; n++) {
            outbox.enqueue(notification(n), T);
        }
        outbox.enqueue(notification(9_999), T.plusSeconds(1));
        List<Long> ids = outbox.due(T, count).stream().map(PendingNotification::id).toList();

        outbox.delivered(ids);

        assertThat(requests(outbox.due(T.plusSeconds(1), 10))).containsExactly(9_999L);
    }

    @Test
    void retrying_later_counts_the_attempt_and_hides_the_notification_until_the_new_time() {
        outbox.enqueue(notification(1), T);
        PendingNotification pending = outbox.due(T, 10).getFirst();
        Instant next = T.plusSeconds(30);

        outbox.retryLater(pending.id(), next);

        assertThat(outbox.due(next.minusNanos(1), 10)).isEmpty();
        assertThat(outbox.due(next, 10)).containsExactly(
                new PendingNotification(pending.id(), notification(1), 1));
        assertThat(outbox.size()).isEqualTo(1);
    }

    @Test
    void each_retry_counts_another_attempt() {
        outbox.enqueue(notification(1), T);
        long id = outbox.due(T, 10).getFirst().id();

        outbox.retryLater(id, T.plusSeconds(1));
        outbox.retryLater(id, T.plusSeconds(3));

        assertThat(outbox.due(T.plusSeconds(3), 10)).singleElement()
                .satisfies(pending -> assertThat(pending.attempts()).isEqualTo(2));
    }

    @Test
    void a_retried_notification_waits_behind_those_due_before_its_new_time() {
        outbox.enqueue(notification(1), T);
        outbox.enqueue(notification(2), T.plusSeconds(5));
        long first = outbox.due(T, 10).getFirst().id();

        outbox.retryLater(first, T.plusSeconds(10));

        assertThat(requests(outbox.due(T.plusSeconds(10), 10))).containsExactly(2L, 1L);
    }

    @Test
    void size_counts_every_waiting_notification_due_or_not() {
        outbox.enqueue(notification(1), T);
        outbox.enqueue(notification(2), T.plusSeconds(3600));
        outbox.enqueue(notification(3), T.plusSeconds(86_400));

        assertThat(outbox.size()).isEqualTo(3);
        assertThat(outbox.due(T, 10)).hasSize(1);
    }

    @Test
    void a_claim_takes_the_oldest_due_ones_up_to_the_limit_as_due_gives_them() {
        for (long n = 1; n <= 4; n++) {
            outbox.enqueue(notification(n), T.plusSeconds(n));
        }
        outbox.enqueue(notification(9), T.plusSeconds(3600));
        List<PendingNotification> due = outbox.due(T.plusSeconds(10), 3);

        assertThat(outbox.claim(T.plusSeconds(10), 3, Duration.ofMinutes(2))).isEqualTo(due);
    }

    @Test
    void a_claimed_notification_is_claimed_by_no_one_else_until_the_hold_has_passed() {
        outbox.enqueue(notification(1), T);
        outbox.enqueue(notification(2), T);
        Duration hold = Duration.ofMinutes(2);

        List<PendingNotification> first = outbox.claim(T, 1, hold);
        List<PendingNotification> second = outbox.claim(T, 10, hold);

        assertThat(requests(first)).containsExactly(1L);
        assertThat(requests(second)).containsExactly(2L);
        assertThat(outbox.claim(T.plus(hold).minusSeconds(1), 10, hold)).isEmpty();
        assertThat(outbox.size()).isEqualTo(2);
        // the claimer died without a word: both are due again, with no attempt counted
        assertThat(outbox.claim(T.plus(hold), 10, hold)).extracting(PendingNotification::attempts)
                .containsExactly(0, 0);
    }

    @Test
    void a_claimed_notification_that_is_delivered_or_retried_follows_what_its_claimer_said() {
        outbox.enqueue(notification(1), T);
        outbox.enqueue(notification(2), T);
        List<PendingNotification> claimed = outbox.claim(T, 10, Duration.ofMinutes(2));

        outbox.delivered(claimed.get(0).id());
        outbox.retryLater(claimed.get(1).id(), T.plusSeconds(5));

        assertThat(outbox.due(T.plusSeconds(5), 10)).containsExactly(
                new PendingNotification(claimed.get(1).id(), notification(2), 1));
    }

    @Test
    void a_claim_kept_by_its_relay_holds_on_and_one_given_back_is_due_at_once_with_no_attempt_counted() {
        for (long n = 1; n <= 3; n++) {
            outbox.enqueue(notification(n), T);
        }
        Duration hold = Duration.ofSeconds(30);
        List<PendingNotification> claimed = outbox.claim(T, 10, hold);

        // 20 s on, the relay keeps 1 and 2 (still on their way) for another 30 s, and gives 3 back (it stops)
        outbox.holdUntil(List.of(claimed.get(0).id(), claimed.get(1).id(), 999_999L), T.plusSeconds(50));
        outbox.holdUntil(List.of(claimed.get(2).id()), T.plusSeconds(20));
        outbox.holdUntil(List.of(), T);

        List<PendingNotification> givenBack = outbox.claim(T.plusSeconds(20), 10, hold);
        assertThat(requests(givenBack)).as("given back").containsExactly(3L);
        outbox.delivered(givenBack.getFirst().id());
        assertThat(outbox.claim(T.plusSeconds(49), 10, hold)).as("still held by their relay").isEmpty();
        assertThat(outbox.claim(T.plusSeconds(50), 10, hold)).extracting(PendingNotification::attempts)
                .as("due again when the kept hold ends").containsExactly(0, 0);
        assertThat(outbox.size()).isEqualTo(2);
    }

    @Test
    void relays_claiming_at_once_share_the_notifications_without_overlap() {
        int count = 200;
        for (long n = 1; n <= count; n++) {
            outbox.enqueue(notification(n), T);
        }

        List<List<Long>> perRelay = Race.run(4, relay -> {
            List<Long> taken = new java.util.ArrayList<>();
            List<PendingNotification> round;
            while (!(round = outbox.claim(T, 7, Duration.ofMinutes(2))).isEmpty()) {
                taken.addAll(requests(round));
            }
            return taken;
        });

        List<Long> all = perRelay.stream().flatMap(List::stream).toList();
        assertThat(all).doesNotHaveDuplicates().hasSize(count);
    }

    private static Notification notification(long request) {
        return new Notification(new ChatId(1000 + request), NotificationKind.STATUS_CHANGED,
                new RequestNumber(request), "ACCEPTED");
    }

    private static List<Long> requests(List<PendingNotification> due) {
        return due.stream().map(p -> p.notification().request().value()).toList();
    }
}
