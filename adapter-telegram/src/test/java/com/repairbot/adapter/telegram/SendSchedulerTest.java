package com.repairbot.adapter.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.repairbot.adapter.telegram.SendScheduler.Priority;
import com.repairbot.adapter.telegram.TelegramCallException.Kind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SendSchedulerTest {

    private static final Tuning.SendLimits LOOSE = new Tuning.SendLimits(100, Duration.ofMillis(1), 100,
            Duration.ofMillis(10), 1000, Duration.ofMillis(10));
    private static final Retries RETRIES = new Retries(new Tuning.RetrySettings(Duration.ofMillis(10),
            Duration.ofMillis(20), 3, Duration.ofSeconds(2)));

    private SendScheduler scheduler;
    private ExecutorService pool;

    private SendScheduler start(Tuning.SendLimits limits, int workers) {
        pool = Executors.newFixedThreadPool(workers);
        scheduler = new SendScheduler(limits, RETRIES.rule(3), pool, workers, System::nanoTime);
        scheduler.start();
        return scheduler;
    }

    @AfterEach
    void stop() {
        if (scheduler != null) {
            scheduler.close(TimeUnit.SECONDS.toNanos(1));
        }
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    @Test
    void interactive_replies_go_before_bulk_notifications() throws Exception {
        start(LOOSE, 1);
        List<String> order = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Object> blocker = scheduler.submit(0, Priority.BULK, () -> {
            await(release);
            return null;
        });
        List<CompletableFuture<String>> sends = new ArrayList<>();
        FakeBotApi.await(Duration.ofSeconds(2), () -> scheduler.pending() == 1, "the blocker to start");
        for (int chat = 1; chat <= 3; chat++) {
            String name = "bulk-" + chat;
            sends.add(scheduler.submit(chat, Priority.BULK, () -> record(order, name)));
        }
        for (int chat = 4; chat <= 5; chat++) {
            String name = "reply-" + chat;
            sends.add(scheduler.submit(chat, Priority.INTERACTIVE, () -> record(order, name)));
        }
        release.countDown();
        CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).get(2, TimeUnit.SECONDS);
        blocker.get(1, TimeUnit.SECONDS);
        assertThat(order).containsExactly("reply-4", "reply-5", "bulk-1", "bulk-2", "bulk-3");
    }

    @Test
    void the_sends_of_one_chat_go_out_in_order_one_at_a_time() throws Exception {
        start(LOOSE, 4);
        List<Integer> order = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        List<CompletableFuture<Integer>> sends = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            int n = i;
            sends.add(scheduler.submit(42, Priority.INTERACTIVE, () -> {
                mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                sleep(1);
                order.add(n);
                running.decrementAndGet();
                return n;
            }));
        }
        CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).get(5, TimeUnit.SECONDS);
        assertThat(order).isSorted().hasSize(30);
        assertThat(mostAtOnce).hasValue(1);
    }

    @Test
    void after_a_429_the_send_waits_retry_after_and_the_chat_keeps_its_order() throws Exception {
        start(LOOSE, 2);
        List<Long> attempts = Collections.synchronizedList(new ArrayList<>());
        List<String> order = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger calls = new AtomicInteger();
        CompletableFuture<String> first = scheduler.submit(7, Priority.INTERACTIVE, () -> {
            attempts.add(System.nanoTime());
            if (calls.incrementAndGet() == 1) {
                throw new TelegramCallException("sendMessage", Kind.TOO_MANY_REQUESTS, 429, "Too Many Requests",
                        Duration.ofMillis(300));
            }
            return record(order, "first");
        });
        CompletableFuture<String> second = scheduler.submit(7, Priority.INTERACTIVE, () -> record(order, "second"));
        first.get(2, TimeUnit.SECONDS);
        second.get(2, TimeUnit.SECONDS);
        assertThat(attempts).hasSize(2);
        assertThat(TimeUnit.NANOSECONDS.toMillis(attempts.get(1) - attempts.get(0))).isBetween(300L, 450L);
        assertThat(order).containsExactly("first", "second");
    }

    @Test
    void a_refused_send_fails_at_once_and_the_next_one_goes() throws Exception {
        start(LOOSE, 1);
        AtomicInteger calls = new AtomicInteger();
        CompletableFuture<Object> refused = scheduler.submit(7, Priority.BULK, () -> {
            calls.incrementAndGet();
            throw new TelegramCallException("sendMessage", Kind.FORBIDDEN, 403, "bot was blocked by the user", null);
        });
        CompletableFuture<String> next = scheduler.submit(7, Priority.BULK, () -> "ok");
        assertThatThrownBy(() -> refused.get(2, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(TelegramCallException.class);
        assertThat(next.get(2, TimeUnit.SECONDS)).isEqualTo("ok");
        assertThat(calls).hasValue(1);
    }

    @Test
    void transient_failures_are_retried_then_given_up() {
        start(LOOSE, 1);
        AtomicInteger calls = new AtomicInteger();
        CompletableFuture<Object> failing = scheduler.submit(7, Priority.BULK, () -> {
            calls.incrementAndGet();
            throw new TelegramCallException("sendMessage", Kind.SERVER, 502, "Bad Gateway", null);
        });
        assertThatThrownBy(() -> failing.get(3, TimeUnit.SECONDS)).hasCauseInstanceOf(TelegramCallException.class);
        assertThat(calls).hasValue(4);
    }

    @Test
    void an_attempt_that_changes_its_plan_runs_again_without_counting_as_a_failure() throws Exception {
        start(LOOSE, 1);
        AtomicInteger calls = new AtomicInteger();
        CompletableFuture<Integer> send = scheduler.submit(7, Priority.INTERACTIVE, () -> {
            if (calls.incrementAndGet() < 3) {
                throw new SendScheduler.TryAgain();
            }
            return calls.get();
        });
        assertThat(send.get(2, TimeUnit.SECONDS)).isEqualTo(3);
    }

    @Test
    void the_per_chat_limit_spaces_the_sends() throws Exception {
        start(new Tuning.SendLimits(2, Duration.ofMillis(100), 100, Duration.ofMillis(10), 1000,
                Duration.ofMillis(10)), 2);
        List<Long> times = Collections.synchronizedList(new ArrayList<>());
        List<CompletableFuture<Long>> sends = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            sends.add(scheduler.submit(9, Priority.BULK, () -> {
                long now = System.nanoTime();
                times.add(now);
                return now;
            }));
        }
        CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).get(3, TimeUnit.SECONDS);
        // a burst of two, then one per 100 ms
        // (less a little start-up jitter of the first worker thread)
        assertThat(TimeUnit.NANOSECONDS.toMillis(times.get(2) - times.get(0))).isGreaterThanOrEqualTo(80);
        assertThat(TimeUnit.NANOSECONDS.toMillis(times.get(4) - times.get(0))).isGreaterThanOrEqualTo(280);
    }

    @Test
    void a_cancelled_send_that_has_not_started_never_goes() throws Exception {
        start(LOOSE, 1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger later = new AtomicInteger();
        CompletableFuture<Object> blocker = scheduler.submit(1, Priority.BULK, () -> {
            await(release);
            return null;
        });
        CompletableFuture<Integer> cancelled = scheduler.submit(1, Priority.BULK, later::incrementAndGet);
        cancelled.cancel(false);
        release.countDown();
        blocker.get(1, TimeUnit.SECONDS);
        scheduler.submit(1, Priority.BULK, () -> 0).get(1, TimeUnit.SECONDS);
        assertThat(later).hasValue(0);
    }

    @Test
    void closing_lets_queued_sends_go_then_refuses_new_ones() throws Exception {
        start(LOOSE, 1);
        CompletableFuture<String> queued = scheduler.submit(1, Priority.BULK, () -> "sent");
        scheduler.close(TimeUnit.SECONDS.toNanos(2));
        assertThat(queued.get(1, TimeUnit.SECONDS)).isEqualTo("sent");
        assertThatThrownBy(() -> scheduler.submit(1, Priority.BULK, () -> "late").get(1, TimeUnit.SECONDS))
                .hasCauseInstanceOf(java.util.concurrent.RejectedExecutionException.class);
    }

    private static String record(List<String> order, String name) {
        order.add(name);
        return name;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
