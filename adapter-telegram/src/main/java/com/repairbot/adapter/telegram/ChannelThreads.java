package com.repairbot.adapter.telegram;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads the Telegram channel works on, made by whoever assembles the application (bootstrap) and handed
 * in; the channel never starts pools of its own when given these, and does not shut them down: their maker does,
 * after {@link TelegramChannel#close()}.
 *
 * @param handlers handle updates, each chat's in order ({@link ChatLanes}); a fixed pool, about one per core
 * @param senders  make the Bot API calls that send messages; a fixed pool, as many as sends may be on the wire
 * @param answers  answer button presses ({@code answerCallbackQuery}) while the update is handled; a small pool
 * @param timer    the reply journal's marks and its later attempts; one thread is enough
 * @param webhook  serve the webhook's HTTP requests (unused with long polling); a virtual thread per request in
 *                 {@link #standard}, so that slow or idle connections (a client sending its headers a byte at a
 *                 time) take no thread from Telegram's deliveries
 */
public record ChannelThreads(ExecutorService handlers, ExecutorService senders, ExecutorService answers,
                             ScheduledExecutorService timer, ExecutorService webhook) {

    public ChannelThreads {
        Objects.requireNonNull(handlers, "handlers");
        Objects.requireNonNull(senders, "senders");
        Objects.requireNonNull(answers, "answers");
        Objects.requireNonNull(timer, "timer");
        Objects.requireNonNull(webhook, "webhook");
    }

    /**
     * The usual pools, with named daemon threads: {@code handlers} update handlers, {@code senders} senders, two
     * button answerers, one timer, a virtual thread per webhook request. For the assembler that has no reason to
     * choose.
     */
    public static ChannelThreads standard(int handlers, int senders) {
        return new ChannelThreads(Executors.newFixedThreadPool(handlers, named("telegram-update-")),
                Executors.newFixedThreadPool(senders, named("telegram-send-")),
                Executors.newFixedThreadPool(2, named("telegram-answer-")),
                Executors.newSingleThreadScheduledExecutor(named("telegram-journal-")),
                Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("telegram-webhook-", 1).factory()));
    }

    private static java.util.concurrent.ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> Thread.ofPlatform().name(prefix + n.incrementAndGet()).daemon(true).unstarted(r);
    }

    /** Stops every pool, giving running work up to the time to end. */
    public void shutdown(long timeout, TimeUnit unit) {
        List<ExecutorService> all = List.of(handlers, senders, answers, timer, webhook);
        all.forEach(ExecutorService::shutdown);
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        for (ExecutorService pool : all) {
            try {
                pool.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            pool.shutdownNow();
        }
    }
}
