package com.repairbot.adapter.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.repairbot.adapter.telegram.FakeBotApi.Call;
import com.repairbot.adapter.telegram.FakeBotApi.Fault;
import com.repairbot.application.conversation.Option;
import com.repairbot.application.conversation.Outbound;
import com.repairbot.application.port.out.DeliveryException;
import com.repairbot.application.port.out.Messenger;
import com.repairbot.domain.staff.ChatId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Messages out: retries as Telegram asks, permanent failures, and Telegram's rate limits. */
class DeliveryIT {

    private static final ChatId CHAT = new ChatId(777);

    private static Harness harness(Tuning tuning) throws Exception {
        return Harness.start(tuning, Harness.generousLimiter());
    }

    private static List<Long> gapsMillis(List<Call> calls) {
        List<Long> gaps = new ArrayList<>();
        for (int i = 1; i < calls.size(); i++) {
            gaps.add(TimeUnit.NANOSECONDS.toMillis(calls.get(i).nanos() - calls.get(i - 1).nanos()));
        }
        return gaps;
    }

    @Test
    void after_a_429_the_send_is_retried_after_exactly_retry_after() throws Exception {
        try (Harness h = harness(Harness.tuning(Harness.FAST))) {
            h.api.fail("sendMessage", new Fault.TooManyRequests(1));
            h.channel.messenger().send(CHAT, Outbound.text("Заявка #1 назначена"));
            List<Call> calls = h.api.calls("sendMessage");
            assertThat(calls).hasSize(2);
            assertThat(calls.get(0).status()).isEqualTo(429);
            // never before retry_after; how close after it is the load rig's figure (a busy machine only adds to it)
            assertThat(gapsMillis(calls).get(0)).isBetween(1000L, 5000L);
            assertThat(calls.get(1).param("text")).isEqualTo("Заявка #1 назначена");
        }
    }

    @Test
    void server_errors_html_pages_garbled_and_empty_answers_are_retried_with_growing_pauses() throws Exception {
        try (Harness h = harness(Harness.tuning(Harness.FAST))) {
            h.api.fail("sendMessage", new Fault.Error(500, 500, "Internal Server Error"), new Fault.Html(502),
                    new Fault.Malformed(), new Fault.Empty());
            h.channel.messenger().send(CHAT, Outbound.text("hello"));
            List<Call> calls = h.api.calls("sendMessage");
            assertThat(calls).hasSize(5);
            List<Long> gaps = gapsMillis(calls);
            // 20 ms doubling up to 100 ms, each at least half of it (the upper bounds are RetriesTest's: on a busy
            // machine a pause only gets longer, so a wall-clock ceiling here failed a fresh-clone build)
            assertThat(gaps.get(0)).isGreaterThanOrEqualTo(10L);
            assertThat(gaps.get(1)).isGreaterThanOrEqualTo(20L);
            assertThat(gaps.get(2)).isGreaterThanOrEqualTo(40L);
            assertThat(gaps.get(3)).isGreaterThanOrEqualTo(50L);
            assertThat(h.channel.healthy()).isTrue();
            h.assertLogsClean();
        }
    }

    @Test
    void a_timeout_is_retried() throws Exception {
        try (Harness h = harness(Harness.tuning(Harness.FAST).withRequestTimeout(Duration.ofMillis(300)))) {
            h.api.fail("sendMessage", new Fault.Slow(Duration.ofMillis(800)));
            h.channel.messenger().send(CHAT, Outbound.text("after a timeout"));
            FakeBotApi.await(Duration.ofSeconds(3), () -> h.api.calls("sendMessage").size() == 2, "both calls");
            // the slow one arrived first and was given up on; a retry went out (Telegram may show both)
            assertThat(h.api.calls("sendMessage")).hasSize(2);
            h.assertLogsClean();
        }
    }

    @Test
    void bad_requests_and_blocked_users_are_not_retried_and_are_permanent() throws Exception {
        try (Harness h = harness(Harness.tuning(Harness.FAST))) {
            Messenger messenger = h.channel.messenger();
            h.api.fail("sendMessage", new Fault.Error(403, 403, "Forbidden: bot was blocked by the user"));
            assertThatThrownBy(() -> messenger.send(CHAT, Outbound.text("x"))).isInstanceOfSatisfying(
                    DeliveryException.class, e -> assertThat(e.permanent()).isTrue());
            assertThat(h.api.calls("sendMessage")).hasSize(1);

            h.api.fail("sendMessage", new Fault.Error(400, 400, "Bad Request: chat not found"));
            assertThatThrownBy(() -> messenger.send(CHAT, Outbound.text("y"))).isInstanceOfSatisfying(
                    DeliveryException.class, e -> assertThat(e.permanent()).isTrue());
            assertThat(h.api.calls("sendMessage")).hasSize(2);
        }
    }

    @Test
    void retries_give_up_after_the_limit_and_the_outbox_will_try_later() throws Exception {
        try (Harness h = harness(Harness.tuning(Harness.FAST))) {
            for (int i = 0; i < 5; i++) {
                h.api.fail("sendMessage", new Fault.Error(503, 503, "Service Unavailable"));
            }
            assertThatThrownBy(() -> h.channel.messenger().send(CHAT, Outbound.text("x")))
                    .isInstanceOfSatisfying(DeliveryException.class, e -> {
                        assertThat(e.permanent()).isFalse();
                        assertThat(e.getMessage()).doesNotContain(FakeBotApi.TOKEN);
                    });
            assertThat(h.api.calls("sendMessage")).hasSize(5); // the first attempt and 4 retries
            assertThat(h.channel.healthy()).isFalse();
        }
    }

    @Test
    void a_retry_after_longer_than_allowed_fails_at_once_for_the_outbox_to_try_later() throws Exception {
        try (Harness h = harness(Harness.tuning(Harness.FAST))) {
            h.api.fail("sendMessage", new Fault.TooManyRequests(60));
            assertThatThrownBy(() -> h.channel.messenger().send(CHAT, Outbound.text("x")))
                    .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.permanent()).isFalse());
            assertThat(h.api.calls("sendMessage")).hasSize(1);
        }
    }

    @Test
    void a_replacement_telegram_will_not_edit_becomes_a_new_message_and_an_unchanged_one_is_left_alone()
            throws Exception {
        try (Harness h = harness(Harness.tuning(Harness.FAST)).polling()) {
            long number = Staff.request(h.core).value();
            h.api.fail("editMessageText", new Fault.Error(400, 400, "Bad Request: message can't be edited"));
            h.press(Staff.DISPATCHER, Staff.DISPATCHER, 77, "r:" + number + ":card"); // "refresh" replaces the card
            assertThat(h.api.calls("editMessageText")).hasSize(1);
            assertThat(h.api.calls("sendMessage")).hasSize(1);
            assertThat(h.lastText(Staff.DISPATCHER)).contains("Заявка #" + number);
            assertThat(h.api.lastShown(Staff.DISPATCHER).inlineButtons()).isNotEmpty();

            h.api.fail("editMessageText", new Fault.Error(400, 400,
                    "Bad Request: message is not modified: specified new message content and reply markup are "
                            + "exactly the same"));
            h.press(Staff.DISPATCHER, Staff.DISPATCHER, 78, "r:" + number + ":card");
            assertThat(h.api.calls("editMessageText")).hasSize(2);
            assertThat(h.api.calls("sendMessage")).hasSize(1); // it shows exactly that already

            h.press(Staff.DISPATCHER, Staff.DISPATCHER, 79, "r:" + number + ":card");
            assertThat(h.api.calls("editMessageText")).hasSize(3).last()
                    .satisfies(edit -> assertThat(edit.param("message_id")).isEqualTo("79"));
        }
    }

    @Test
    void a_long_notification_is_split_and_the_keyboard_goes_with_the_last_part() throws Exception {
        try (Harness h = harness(Harness.tuning(Harness.FAST))) {
            String text = ("Строка с <тегом> & амперсандом\n").repeat(300); // ~9300 characters
            h.channel.messenger().send(CHAT, Outbound.withOptions(text, List.of(List.of(
                    Option.choice("Обновить", "r:1:card")))));
            List<Call> calls = h.api.calls("sendMessage");
            assertThat(calls).hasSizeGreaterThanOrEqualTo(3);
            assertThat(calls).allSatisfy(c -> assertThat(c.param("text")).doesNotContain("<тегом>"));
            assertThat(calls.subList(0, calls.size() - 1)).allSatisfy(c -> assertThat(c.markup()).isEmpty());
            assertThat(calls.get(calls.size() - 1).inlineButtons()).isNotEmpty();
        }
    }

    @Test
    void no_send_exceeds_the_per_chat_group_and_global_limits() throws Exception {
        Tuning.SendLimits limits = new Tuning.SendLimits(2, Duration.ofMillis(100), 3, Duration.ofMillis(500), 8,
                Duration.ofMillis(500));
        try (Harness h = harness(Harness.tuning(limits))) {
            ExecutorService senders = Executors.newFixedThreadPool(16);
            List<CompletableFuture<Void>> all = new ArrayList<>();
            long[] chats = {11, 12, -100200, 13, 14, 15, 16, 17, 18};
            for (long chat : chats) {
                int count = chat == 11 || chat == 12 || chat < 0 ? 5 : 1;
                for (int i = 0; i < count; i++) {
                    int n = i;
                    all.add(CompletableFuture.runAsync(() -> h.channel.messenger().send(new ChatId(chat),
                            Outbound.text("message " + n)), senders));
                }
            }
            CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(20, TimeUnit.SECONDS);
            senders.shutdown();
            assertThat(h.api.calls("sendMessage")).hasSize(21);
            SendLimitsCheck.assertRespected(h.api.calls(), limits);
        }
    }

    @Test
    void telegrams_own_limits_space_a_burst_to_one_chat() throws Exception {
        try (Harness h = harness(Harness.tuning(Tuning.SendLimits.telegram()))) {
            ExecutorService senders = Executors.newFixedThreadPool(5);
            List<CompletableFuture<Void>> all = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                int n = i;
                all.add(CompletableFuture.runAsync(() -> h.channel.messenger().send(CHAT,
                        Outbound.text("message " + n)), senders));
            }
            CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
            senders.shutdown();
            List<Call> calls = h.api.calls("sendMessage");
            assertThat(calls).hasSize(5);
            long first = calls.get(0).nanos();
            // three at once (the burst), then one a second
            assertThat(TimeUnit.NANOSECONDS.toMillis(calls.get(2).nanos() - first)).isLessThan(300);
            assertThat(TimeUnit.NANOSECONDS.toMillis(calls.get(3).nanos() - first)).isGreaterThanOrEqualTo(970);
            assertThat(TimeUnit.NANOSECONDS.toMillis(calls.get(4).nanos() - first)).isGreaterThanOrEqualTo(1970);
            SendLimitsCheck.assertRespected(calls, Tuning.SendLimits.telegram());
        }
    }
}
