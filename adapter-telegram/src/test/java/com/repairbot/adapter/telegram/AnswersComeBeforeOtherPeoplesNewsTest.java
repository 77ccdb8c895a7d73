package com.repairbot.adapter.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.adapter.telegram.SendScheduler.Priority;
import com.repairbot.adapter.telegram.TelegramCallException.Kind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Defect found with the load rig under injected 429s: a dispatcher pressed "new request" and got other people's
 * announcements first and the question a second later — either because the announcements went out while the press
 * was still being handled, or because they overtook a question waiting out a one-second {@code retry_after}. The
 * question they must answer then was no longer the last message (issue 19: 11–23 rig dialogs missing a button).
 */
class AnswersComeBeforeOtherPeoplesNewsTest {

    private static final Tuning.SendLimits LOOSE = new Tuning.SendLimits(100, Duration.ofMillis(1), 100,
            Duration.ofMillis(10), 1000, Duration.ofMillis(10));
    private static final Retries RETRIES = new Retries(new Tuning.RetrySettings(Duration.ofMillis(10),
            Duration.ofMillis(20), 3, Duration.ofSeconds(2)));

    private SendScheduler scheduler;
    private ExecutorService pool;

    /** One send on the wire at a time: the order they are let through is the order they run. */
    private void start(LongSupplier nanos) {
        pool = Executors.newFixedThreadPool(1);
        scheduler = new SendScheduler(LOOSE, RETRIES.rule(3), pool, 1, nanos);
        scheduler.start();
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
    void news_for_a_chat_whose_update_is_being_handled_waits_for_the_answer() throws Exception {
        start(System::nanoTime);
        List<String> order = Collections.synchronizedList(new ArrayList<>());
        Runnable replied = scheduler.expectReply(42);
        CompletableFuture<String> news = scheduler.submit(42, Priority.BULK, () -> record(order, "news"));
        // queued after the news: had the news not waited, it would have gone first
        scheduler.submit(7, Priority.BULK, () -> record(order, "someone else's news")).get(5, TimeUnit.SECONDS);
        assertThat(order).containsExactly("someone else's news");
        // the press is handled: its answer is submitted, and then the news may go
        CompletableFuture<String> answer = scheduler.submit(42, Priority.INTERACTIVE, () -> record(order, "answer"));
        replied.run();
        CompletableFuture.allOf(news, answer).get(5, TimeUnit.SECONDS);
        assertThat(order).containsExactly("someone else's news", "answer", "news");
    }

    @Test
    void news_does_not_overtake_an_answer_waiting_out_a_short_retry_after() throws Exception {
        start(System::nanoTime);
        List<String> order = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger calls = new AtomicInteger();
        CountDownLatch refused = new CountDownLatch(1);
        CompletableFuture<String> answer = scheduler.submit(42, Priority.INTERACTIVE, () -> {
            if (calls.incrementAndGet() == 1) {
                refused.countDown();
                throw new TelegramCallException("sendMessage", Kind.TOO_MANY_REQUESTS, 429, "Too Many Requests",
                        Duration.ofMillis(300));
            }
            return record(order, "answer");
        });
        assertThat(refused.await(5, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<String> news = scheduler.submit(42, Priority.BULK, () -> record(order, "news"));
        CompletableFuture.allOf(news, answer).get(5, TimeUnit.SECONDS);
        assertThat(order).containsExactly("answer", "news");
    }

    @Test
    void news_waits_for_a_stalled_handling_only_so_long() throws Exception {
        AtomicLong clock = new AtomicLong(1_000_000_000L);
        start(clock::get);
        List<String> order = Collections.synchronizedList(new ArrayList<>());
        scheduler.expectReply(42); // never answered: the handling stalled
        CompletableFuture<String> news = scheduler.submit(42, Priority.BULK, () -> record(order, "news"));
        clock.addAndGet(SendScheduler.LONGEST_BULK_HOLD_NANOS + 1);
        // anything that wakes the scheduler up now sees the hold over
        scheduler.submit(7, Priority.BULK, () -> record(order, "other")).get(5, TimeUnit.SECONDS);
        assertThat(news.get(5, TimeUnit.SECONDS)).isEqualTo("news");
    }

    private static String record(List<String> order, String name) {
        order.add(name);
        return name;
    }
}
