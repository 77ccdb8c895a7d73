package com.repairbot.adapter.telegram;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs work per chat: the work of one chat strictly in the order it was given, different chats in parallel
 * on a few threads, and never more than a fixed number of pieces queued or running at once.
 */
final class ChatLanes implements AutoCloseable {

    private final ExecutorService threads;
    private final Semaphore slots;
    private final int capacity;
    private final Map<Long, CompletableFuture<?>> tails = new HashMap<>();
    /** Pieces of work whose turn has come (their chat's earlier work is done) and that have not returned yet. */
    private final AtomicInteger runnable = new AtomicInteger();
    private final Runnable whenIdle;
    private boolean closed;

    /**
     * @param threads  where the work runs (given, not owned: closing the lanes does not stop it)
     * @param capacity how much work may be queued or running at once
     */
    ChatLanes(ExecutorService threads, int capacity) {
        this(threads, capacity, () -> { });
    }

    /**
     * @param whenIdle run on a lane's thread each time the last runnable piece of work returns (the rest wait for
     *                 their chat's earlier work, or there is none): the reply journal writes what its entries are
     *                 waiting for then, since no update being handled can join them (ADR 0038)
     */
    ChatLanes(ExecutorService threads, int capacity, Runnable whenIdle) {
        this.threads = threads;
        this.slots = new Semaphore(capacity);
        this.capacity = capacity;
        this.whenIdle = whenIdle;
    }

    /**
     * @return the work's result, once the chat's earlier work is done and this ran
     * @throws RejectedExecutionException when as much work as allowed is in flight, or after close
     */
    <T> CompletableFuture<T> submit(long chat, Supplier<T> work) {
        return submitAsync(chat, () -> CompletableFuture.completedFuture(work.get()));
    }

    /**
     * Like {@link #submit}, for work that finishes later than it returns (an update whose reply journal could
     * not be written is done when its replies were sent): the chat's next work starts only when this work's future has completed, and no thread waits
     * for it meanwhile.
     *
     * @throws RejectedExecutionException when as much work as allowed is in flight, or after close
     */
    <T> CompletableFuture<T> submitAsync(long chat, Supplier<CompletableFuture<T>> work) {
        if (!slots.tryAcquire()) {
            throw new RejectedExecutionException("too many updates in flight");
        }
        CompletableFuture<T> next;
        synchronized (tails) {
            if (closed) {
                slots.release();
                throw new RejectedExecutionException("closed");
            }
            CompletableFuture<?> previous = tails.getOrDefault(chat, CompletableFuture.completedFuture(null));
            // the chain goes on whatever happened to the work before
            next = previous.handle((result, failure) -> {
                runnable.incrementAndGet();
                return null;
            }).thenComposeAsync(ignored -> run(work), threads);
            tails.put(chat, next);
        }
        CompletableFuture<T> mine = next;
        mine.whenComplete((result, failure) -> {
            slots.release();
            synchronized (tails) {
                tails.remove(chat, mine);
            }
        });
        return mine;
    }

    private <T> CompletableFuture<T> run(Supplier<CompletableFuture<T>> work) {
        try {
            return work.get();
        } finally {
            if (runnable.decrementAndGet() == 0) {
                whenIdle.run();
            }
        }
    }

    /** @return the lanes' threads, for the short steps that finish a piece of work */
    Executor executor() {
        return threads;
    }

    /** @return how much work is queued or running */
    int inFlight() {
        return capacity - slots.availablePermits();
    }

    /** Takes no more work and lets what was given finish within the time (the threads are their owner's). */
    boolean close(long timeout, TimeUnit unit) {
        synchronized (tails) {
            closed = true;
        }
        boolean finished;
        try {
            finished = slots.tryAcquire(capacity, timeout, unit);
            if (finished) {
                slots.release(capacity);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            finished = false;
        }
        return finished;
    }

    @Override
    public void close() {
        close(10, TimeUnit.SECONDS);
    }
}
