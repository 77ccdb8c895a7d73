package com.repairbot.adapter.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.adapter.telegram.FakeBotApi.Fault;
import com.repairbot.application.conversation.Inbound;
import com.repairbot.application.conversation.Input;
import com.repairbot.application.conversation.Outbound;
import com.repairbot.application.memory.InMemoryLocks;
import com.repairbot.application.memory.InMemoryRateLimiter;
import com.repairbot.application.testing.MutableClock;
import com.repairbot.application.port.out.HeldLock;
import com.repairbot.application.port.in.HandleInboundUseCase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** How updates come in by long polling: order, parallelism, duplicates, failures, floods. */
class IntakeIT {

    private static final long A = 501;
    private static final long B = 502;

    /** An application that records what it handles, when, and in which order. */
    static final class Recording implements HandleInboundUseCase {
        final List<String> handled = Collections.synchronizedList(new ArrayList<>());
        final Map<Long, AtomicInteger> running = new ConcurrentHashMap<>();
        final AtomicInteger mostAtOnceInOneChat = new AtomicInteger();
        final Map<String, Long> finishedAt = new ConcurrentHashMap<>();
        volatile long pause;

        @Override
        public List<Outbound> handle(Inbound inbound) {
            AtomicInteger inChat = running.computeIfAbsent(inbound.chat().value(), c -> new AtomicInteger());
            mostAtOnceInOneChat.accumulateAndGet(inChat.incrementAndGet(), Math::max);
            try {
                String text = inbound.input() instanceof Input.Text t ? t.text() : inbound.input().toString();
                if (text.equals("boom")) {
                    throw new IllegalStateException("handler failed for client +79991234567");
                }
                if (pause > 0) {
                    Thread.sleep(pause);
                }
                handled.add(inbound.chat().value() + ":" + text);
                finishedAt.put(inbound.chat().value() + ":" + text, System.nanoTime());
                return List.of(Outbound.text("ok " + text));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return List.of();
            } finally {
                inChat.decrementAndGet();
            }
        }
    }

    private static final Tuning.SendLimits VERY_FAST = new Tuning.SendLimits(50, Duration.ofMillis(1), 1000,
            Duration.ofSeconds(1), 1000, Duration.ofSeconds(1));

    @Test
    void updates_of_one_chat_are_handled_in_order_while_another_chat_is_served_in_parallel() throws Exception {
        Recording app = new Recording();
        app.pause = 20;
        try (Harness h = Harness.start(Harness.tuning(VERY_FAST), Harness.generousLimiter(), app).polling()) {
            long start = System.nanoTime();
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                ids.add(h.api.enqueue(FakeBotApi.text(A, A, "m" + i)));
            }
            long other = h.api.enqueue(FakeBotApi.text(B, B, "hello"));
            assertThat(System.nanoTime() - start).isLessThan(Duration.ofMillis(10).toNanos()); // 20 within 10 ms
            h.settle(ids.get(19));
            h.settle(other);

            List<String> fromA = app.handled.stream().filter(s -> s.startsWith(A + ":")).toList();
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                expected.add(A + ":m" + i);
            }
            assertThat(fromA).containsExactlyElementsOf(expected);
            assertThat(app.mostAtOnceInOneChat).hasValue(1);
            // B did not wait for A's twenty (each takes 20 ms): it was done long before A's last
            assertThat(app.finishedAt.get(B + ":hello")).isLessThan(app.finishedAt.get(A + ":m10"));
            // and the replies of A came out in the same order
            assertThat(h.api.shown(A).stream().map(c -> c.param("text")).toList())
                    .containsExactlyElementsOf(expected.stream().map(s -> "ok " + s.substring(4)).toList());
        }
    }

    @Test
    void a_sole_instance_polling_looks_up_only_the_updates_it_may_have_handled_before_it_started() throws Exception {
        Recording app = new Recording();
        try (Harness h = Harness.start(Harness.tuning(VERY_FAST), Harness.generousLimiter(), app)) {
            // handled and recorded by a process killed before it confirmed the update: Telegram serves it again
            long before = h.api.enqueue(FakeBotApi.text(A, A, "handled before the crash"));
            h.processed.markProcessed(before, Instant.now());
            h.polling();

            long first = h.say(A, A, "new");
            h.api.redeliver(first);
            h.say(B, B, "another");

            assertThat(app.handled).containsExactly(A + ":new", B + ":another");
            assertThat(h.processed.isProcessed(before)).isTrue();
            assertThat(h.lookedUp).as("only the update at or below the highest recorded at the start")
                    .containsExactly(before);
            assertThat(h.api.shown(A)).hasSize(1);
        }
    }

    @Test
    void a_process_started_again_looks_up_what_the_one_before_handled() throws Exception {
        Recording app = new Recording();
        try (Harness h = Harness.start(Harness.tuning(VERY_FAST), Harness.generousLimiter(), app).polling()) {
            long handled = h.say(A, A, "once");
            h.restart();
            h.api.redeliver(handled); // the process before was killed before it confirmed it

            long next = h.say(A, A, "after the restart");

            assertThat(app.handled).containsExactly(A + ":once", A + ":after the restart");
            assertThat(h.lookedUp).contains(handled).doesNotContain(next);
        }
    }

    @Test
    void with_several_instances_every_update_is_looked_up() throws Exception {
        Recording app = new Recording();
        InMemoryLocks shared = new InMemoryLocks(Clock.systemUTC());
        try (Harness h = Harness.start(Harness.tuning(VERY_FAST), Harness.generousLimiter(), app, shared).polling()) {
            long one = h.say(A, A, "one");
            long two = h.say(B, B, "two");

            assertThat(h.lookedUp).containsExactly(one, two);
        }
    }

    @Test
    void a_redelivered_update_has_one_effect() throws Exception {
        Recording app = new Recording();
        try (Harness h = Harness.start(Harness.tuning(VERY_FAST), Harness.generousLimiter(), app).polling()) {
            long once = h.say(A, A, "only once");
            h.api.redeliver(once);
            h.say(A, A, "after");
            assertThat(app.handled).containsExactly(A + ":only once", A + ":after");
            assertThat(h.api.shown(A)).hasSize(2);
        }
    }

    @Test
    void an_update_is_confirmed_once_it_and_its_reply_are_journaled_and_the_reply_still_goes_out()
            throws Exception {
        Recording app = new Recording();
        try (Harness h = Harness.start(Harness.tuning(VERY_FAST), Harness.generousLimiter(), app).polling()) {
            h.api.fail("sendMessage", new Fault.TooManyRequests(1));
            long id = h.api.enqueue(FakeBotApi.text(A, A, "answer me"));
            // handled, its reply waiting out retry_after: the update is confirmed, the reply owed durably
            FakeBotApi.await(Duration.ofSeconds(5), () -> h.channel.pollingOffset() > id, "offset moved on");

            assertThat(h.api.shown(A)).isEmpty();
            assertThat(h.processed.isProcessed(id)).isTrue();
            assertThat(h.processed.repliesOwed(10)).extracting(o -> o.updateId()).containsExactly(id);

            h.settle(id);
            assertThat(h.textsSince(A, 0)).containsExactly("ok answer me");
            assertThat(h.processed.repliesOwed(10)).as("owed no more once sent").isEmpty();
        }
    }

    @Test
    void a_reply_waiting_out_a_429_holds_neither_the_offset_nor_the_other_chats() throws Exception {
        Recording app = new Recording();
        try (Harness h = Harness.start(Harness.tuning(VERY_FAST), Harness.generousLimiter(), app).polling()) {
            h.api.fail("sendMessage", new Fault.TooManyRequests(1));
            long held = h.api.enqueue(FakeBotApi.text(A, A, "slow"));
            h.api.awaitCall("sendMessage", c -> c.chat() == A && c.status() == 429, Duration.ofSeconds(5));
            long start = System.nanoTime();
            long other = h.api.enqueue(FakeBotApi.text(B, B, "fast"));

            FakeBotApi.await(Duration.ofSeconds(5), () -> !h.api.shown(B).isEmpty(), "the other chat's reply");
            assertThat(System.nanoTime() - start).isLessThan(Duration.ofMillis(700).toNanos());
            assertThat(h.api.shown(A)).isEmpty(); // still waiting out retry_after
            assertThat(held).isLessThan(other);
            FakeBotApi.await(Duration.ofSeconds(5), () -> h.channel.pollingOffset() > other, "offset past both");

            h.settle(held);
            assertThat(h.textsSince(A, 0)).containsExactly("ok slow");
            assertThat(app.handled).containsExactly(A + ":slow", B + ":fast"); // each handled once
        }
    }

    @Test
    void with_several_instances_an_update_waits_while_another_instance_holds_its_chats_lock() throws Exception {
        Recording app = new Recording();
        InMemoryLocks shared = new InMemoryLocks(Clock.systemUTC());
        try (Harness h = Harness.start(Harness.tuning(VERY_FAST), Harness.generousLimiter(), app, shared).polling()) {
            HeldLock otherInstance = shared.tryAcquire("chat:" + A, Duration.ofSeconds(30)).orElseThrow();
            long id = h.api.enqueue(FakeBotApi.text(A, A, "wait for it"));
            h.api.enqueue(FakeBotApi.text(B, B, "another chat goes on"));
            FakeBotApi.await(Duration.ofSeconds(5), () -> !app.handled.isEmpty(), "the other chat");
            Thread.sleep(100);
            assertThat(app.handled).containsExactly(B + ":another chat goes on");

            otherInstance.release();
            h.settle(id);
            assertThat(app.handled).containsExactly(B + ":another chat goes on", A + ":wait for it");
            // released after the reply was sent: the chat is free for the other instances again
            assertThat(shared.tryAcquire("chat:" + A, Duration.ofSeconds(1))).isPresent();
        }
    }

    @Test
    void a_handler_that_throws_does_not_stop_intake_and_the_person_is_told() throws Exception {
        Recording app = new Recording();
        try (Harness h = Harness.start(Harness.tuning(VERY_FAST), Harness.generousLimiter(), app).polling()) {
            h.say(A, A, "boom");
            h.say(A, A, "still there?");
            assertThat(app.handled).containsExactly(A + ":still there?");
            assertThat(h.textsSince(A, 0)).containsExactly(
                    "Что-то пошло не так. Попробуйте ещё раз или откройте меню: /menu", "ok still there?");
            assertThat(h.logs.lines()).anyMatch(l -> l.startsWith("ERROR") && l.contains("could not be handled")
                    && l.contains("+7******4567"));
            h.assertLogsClean("79991234567");
        }
    }

    @Test
    void failing_get_updates_calls_never_stop_the_loop() throws Exception {
        Recording app = new Recording();
        try (Harness h = Harness.start(Harness.tuning(VERY_FAST), Harness.generousLimiter(), app)) {
            h.api.fail("getUpdates", new Fault.Error(502, 502, "Bad Gateway"), new Fault.Html(502),
                    new Fault.Malformed(), new Fault.Empty(), new Fault.TooManyRequests(1));
            long start = System.nanoTime();
            h.polling();
            h.say(A, A, "eventually");
            assertThat(app.handled).containsExactly(A + ":eventually");
            assertThat(System.nanoTime() - start).isGreaterThan(Duration.ofMillis(950).toNanos()); // retry_after
            // five failed polls (two of them HTTP 200 with a body that is no answer), then the one that worked
            assertThat(h.api.calls("getUpdates").size()).isGreaterThanOrEqualTo(6);
            assertThat(h.channel.healthy()).isTrue();
            h.assertLogsClean();
        }
    }

    @Test
    void a_flood_is_dropped_with_one_polite_warning_per_burst() throws Exception {
        Recording app = new Recording();
        MutableClock bucketTime = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
        InMemoryRateLimiter defaults = new InMemoryRateLimiter(bucketTime, 5, 3);
        try (Harness h = Harness.start(Harness.tuning(VERY_FAST), defaults, app).polling()) {
            long last = 0;
            for (int i = 0; i < 12; i++) {
                last = h.api.enqueue(FakeBotApi.text(A, A, "spam" + i));
            }
            h.settle(last);
            h.settleQuiet();
            assertThat(app.handled.size()).as("the burst, the bucket's time standing still").isEqualTo(5);
            assertThat(h.textsSince(A, 0)).filteredOn(t -> t.startsWith("Слишком много")).hasSize(1);

            bucketTime.advance(Duration.ofSeconds(2)); // the bucket fills up again
            for (int i = 0; i < 12; i++) {
                last = h.api.enqueue(FakeBotApi.text(A, A, "again" + i));
            }
            h.settle(last);
            h.settleQuiet();
            assertThat(h.textsSince(A, 0)).filteredOn(t -> t.startsWith("Слишком много")).hasSize(2);
            long other = h.say(B, B, "I am fine"); // another user is not affected
            assertThat(app.handled).contains(B + ":I am fine");
            assertThat(other).isPositive();
        }
    }

    @Test
    void a_press_is_handled_while_its_answer_is_on_the_wire_not_after_it() throws Exception {
        // the lane used to wait for answerCallbackQuery (up to a second here, three by default): a round trip per
        // press during which the lane ran nothing else (issue 19)
        try (Harness h = Harness.start(Harness.tuning(VERY_FAST), Harness.generousLimiter()).polling()) {
            h.api.fail("answerCallbackQuery", new Fault.Slow(Duration.ofSeconds(3)));
            int shownBefore = h.api.shown(Staff.ADMIN).size();
            long pressedAt = System.nanoTime();
            h.api.enqueue(h.api.callback(Staff.ADMIN, Staff.ADMIN, 5, "m:menu"));

            FakeBotApi.await(Harness.WAIT, () -> h.api.shown(Staff.ADMIN).size() > shownBefore, "the menu");
            Duration tookToShow = Duration.ofNanos(System.nanoTime() - pressedAt);

            assertThat(h.lastText(Staff.ADMIN)).contains("Главное меню");
            assertThat(h.api.calls("answerCallbackQuery")).as("the answer is still on the wire").isEmpty();
            assertThat(tookToShow).isLessThan(Duration.ofMillis(800));
            h.settleQuiet();
            FakeBotApi.await(Harness.WAIT, () -> h.api.calls("answerCallbackQuery").size() == 1, "the answer");
        }
    }

    @Test
    void a_press_answered_too_late_is_logged_quietly_and_handled_anyway() throws Exception {
        try (Harness h = Harness.start(Harness.tuning(VERY_FAST), Harness.generousLimiter()).polling()) {
            h.api.fail("answerCallbackQuery", new Fault.Error(400, 400,
                    "Bad Request: query is too old and response timeout expired or query ID is invalid"));
            h.press(Staff.ADMIN, Staff.ADMIN, 5, "m:menu");
            assertThat(h.lastText(Staff.ADMIN)).contains("Главное меню");
            assertThat(h.api.calls("answerCallbackQuery")).hasSize(1); // a refusal is not retried
            assertThat(h.logs.lines()).anyMatch(l -> l.startsWith("DEBUG") && l.contains("query is too old"))
                    .noneMatch(l -> (l.startsWith("WARN") || l.startsWith("ERROR")) && l.contains("query"));
        }
    }

    @Test
    void photos_get_a_short_answer_and_english_speakers_get_english() throws Exception {
        try (Harness h = Harness.start(Harness.tuning(VERY_FAST), Harness.generousLimiter()).polling()) {
            h.settle(h.api.enqueue(FakeBotApi.photo(Staff.DISPATCHER, Staff.DISPATCHER)));
            assertThat(h.lastText(Staff.DISPATCHER)).contains("текст и кнопки");
            h.settle(h.api.enqueue(FakeBotApi.text(Staff.ADMIN, Staff.ADMIN, "/start", "en")));
            assertThat(h.lastText(Staff.ADMIN)).contains("Main menu");
        }
    }
}
