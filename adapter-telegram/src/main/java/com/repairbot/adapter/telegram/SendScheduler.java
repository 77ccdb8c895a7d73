package com.repairbot.adapter.telegram;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * Every message to Telegram goes out through here, so that none breaks Telegram's limits: at most one per
 * second per chat (with a small burst), 20 a minute per group, 30 a second overall. Interactive replies go
 * before bulk notifications; the messages of one chat and class go out in order, one at a time. Every
 * attempt, retries included, takes its place under the limits: a failed attempt is counted and the send waits
 * in its chat's line for the delay the retry rule gives ({@link Retries#next}: exactly {@code retry_after} after
 * a 429). A 429's {@code retry_after} is the whole chat's flood wait: no other send of that chat goes before it
 * ends.
 *
 * <p>What may go now is started by the thread that queued it or finished the send before it; one platform thread
 * starts what had to wait for the limits, when its wait ends. The HTTP calls run on a few worker threads, never
 * more at once than there are workers, so that a send starts when it was let through.
 */
final class SendScheduler implements AutoCloseable {

    /** Which sends go first. */
    enum Priority {
        /** A reply to someone who is waiting for it. */
        INTERACTIVE,
        /** A notification from the outbox. */
        BULK
    }

    /** One attempt of a send: a Bot API call. */
    @FunctionalInterface
    interface Attempt<T> {
        /**
         * @throws TelegramCallException when the call failed (retried as the policy says)
         * @throws TryAgain              when the attempt changed its plan (an edit that must become a new message)
         */
        T run();
    }

    /** Whether a failed attempt is tried again, and after how long ({@link Retries#rule}). */
    @FunctionalInterface
    interface RetryRule {
        /**
         * @param failures the attempts of this send that failed so far (1 after the first)
         * @return the wait before the next attempt; empty when the send fails with this failure
         */
        Optional<Duration> next(RuntimeException failure, int failures);
    }

    /** Thrown by an attempt that needs another go at once, under the limits, without counting as a failure. */
    static final class TryAgain extends RuntimeException {
        TryAgain() {
            super("try again", null, false, false);
        }
    }

    private static final int SWEEP_ABOVE = 1024;
    /** The longest a chat's notifications wait for the replies to an update being handled. */
    static final long LONGEST_BULK_HOLD_NANOS = TimeUnit.SECONDS.toNanos(5);

    private final Tuning.SendLimits limits;
    private final RetryRule retries;
    private final LongSupplier nanos;
    private final ExecutorService workers;
    private final int maxInFlight;
    private final Thread thread;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Map<Long, SendLine> lines = new HashMap<>();
    private final Pace.Window global;
    private long sequence;
    private int inFlight;
    private boolean closing;
    private boolean stopped;

    /**
     * @param workers     where the calls run (given, not owned: closing the scheduler does not stop it)
     * @param maxInFlight at most this many sends on the wire at once (no more than the workers' threads)
     */
    SendScheduler(Tuning.SendLimits limits, RetryRule retries, ExecutorService workers,
                  int maxInFlight, LongSupplier nanos) {
        this.limits = limits;
        this.retries = retries;
        this.nanos = nanos;
        this.maxInFlight = maxInFlight;
        this.global = new Pace.Window(limits.global(), limits.globalWindow());
        this.workers = workers;
        this.thread = Thread.ofPlatform().name("telegram-send-scheduler").daemon(true).unstarted(this::run);
    }

    void start() {
        thread.start();
    }

    /**
     * Queues a send.
     *
     * @return completes with the attempt's result, or with its last failure once the retry policy gives up;
     *         cancelling it takes the send out of the queue if it has not started
     */
    <T> CompletableFuture<T> submit(long chat, Priority priority, Attempt<T> attempt) {
        CompletableFuture<T> future = new CompletableFuture<>();
        lock.lock();
        try {
            if (closing) {
                future.completeExceptionally(new RejectedExecutionException("the send scheduler is closed"));
                return future;
            }
            SendLine line = lines.computeIfAbsent(chat, this::newLine);
            line.queue(priority).addLast(new SendLine.Job<>(priority, sequence++, attempt, future));
            if (dispatchReady(nanos.getAsLong()) != Long.MAX_VALUE) {
                changed.signalAll(); // something waits for the limits: the scheduler's thread times it
            }
        } finally {
            lock.unlock();
        }
        return future;
    }

    /**
     * An update of this chat is being handled: until the returned action runs (once its replies were submitted, or
     * it failed), the chat's notifications wait, so that the answer the person is waiting for comes before other
     * people's news (at most {@link #LONGEST_BULK_HOLD_NANOS}; replies go as usual).
     *
     * @return runs once: the replies were submitted
     */
    Runnable expectReply(long chat) {
        SendLine line;
        lock.lock();
        try {
            line = lines.computeIfAbsent(chat, this::newLine);
            if (line.expecting++ == 0) {
                line.bulkHeldUntil = nanos.getAsLong() + LONGEST_BULK_HOLD_NANOS;
            }
        } finally {
            lock.unlock();
        }
        AtomicBoolean done = new AtomicBoolean();
        return () -> {
            if (done.compareAndSet(false, true)) {
                lock.lock();
                try {
                    line.expecting--;
                    if (dispatchReady(nanos.getAsLong()) != Long.MAX_VALUE) {
                        changed.signalAll(); // something waits for the limits: the scheduler's thread times it
                    }
                } finally {
                    lock.unlock();
                }
            }
        };
    }

    private SendLine newLine(long chat) {
        // groups and supergroups have negative ids
        return new SendLine(new Pace.Bucket(limits.perChatBurst(), limits.perChatInterval()),
                chat < 0 ? new Pace.Window(limits.perGroup(), limits.groupWindow()) : null);
    }

    private void run() {
        lock.lock();
        try {
            while (!stopped) {
                long now = nanos.getAsLong();
                long wakeAt = dispatchReady(now);
                if (wakeAt == Long.MAX_VALUE) {
                    changed.await();
                } else {
                    changed.awaitNanos(wakeAt - now);
                }
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Starts every send the limits let through now, best first (interactive before bulk, then in the order they
     * came), on whichever thread changed what is queued or on the wire (a submitter, a worker that finished, the
     * scheduler's own thread when a wait ran out): a send let through at once costs no hand-over to the
     * scheduler's thread (ADR 0035). Called under the lock.
     *
     * @return when something that waits for the limits may go next; {@link Long#MAX_VALUE} when nothing waits
     */
    private long dispatchReady(long now) {
        while (!stopped) {
            long wakeAt = Long.MAX_VALUE;
            SendLine best = null;
            SendLine.Job<?> bestJob = null;
            if (inFlight < maxInFlight) {
                long globalAt = global.availableAt(now);
                for (SendLine line : lines.values()) {
                    SendLine.Job<?> head = line.next(now);
                    if (line.bulkHeld(now)) {
                        wakeAt = Math.min(wakeAt, line.bulkHeldUntil); // the hold's bound, should handling stall
                    }
                    if (head == null) {
                        continue;
                    }
                    long at = Math.max(Math.max(head.notBefore, line.availableAt(now)), globalAt);
                    if (at > now) {
                        wakeAt = Math.min(wakeAt, at);
                    } else if (bestJob == null || head.before(bestJob)) {
                        best = line;
                        bestJob = head;
                    }
                }
            }
            if (bestJob == null) {
                if (lines.size() > SWEEP_ABOVE) {
                    lines.values().removeIf(line -> line.idle(now));
                }
                return wakeAt;
            }
            dispatch(best, bestJob, now);
        }
        return Long.MAX_VALUE;
    }

    private void dispatch(SendLine line, SendLine.Job<?> job, long now) {
        line.busy = true;
        inFlight++;
        long[] inGroup = line.reserve();
        long[] overall = global.reserve();
        try {
            workers.execute(() -> attempt(line, job, inGroup, overall));
        } catch (RejectedExecutionException closed) {
            line.busy = false;
            inFlight--;
            line.settle(inGroup, now);
            global.settle(overall, now);
            line.queue(job.priority).remove(job);
            job.future.completeExceptionally(closed);
        }
    }

    private <T> void attempt(SendLine line, SendLine.Job<T> job, long[] inGroup, long[] overall) {
        T result = null;
        RuntimeException failure = null;
        boolean again = false;
        try {
            result = job.attempt.run();
        } catch (TryAgain retarget) {
            again = true;
        } catch (RuntimeException e) {
            failure = e;
        }
        boolean done;
        lock.lock();
        try {
            // counted from the answer: Telegram had the request by then, however long it was on the wire
            long answered = nanos.getAsLong();
            line.settle(inGroup, answered);
            global.settle(overall, answered);
            line.busy = false;
            inFlight--;
            if (failure instanceof TelegramCallException refused && refused.retryAfter().isPresent()) {
                // the chat's flood wait: its other sends wait it out too, instead of drawing another 429 each
                line.waitOut(answered + refused.retryAfter().get().toNanos());
            }
            if (again) {
                done = false;
            } else if (failure == null) {
                done = true;
            } else {
                Optional<Duration> wait = stopped ? Optional.empty() : retries.next(failure, ++job.failures);
                done = wait.isEmpty();
                if (!done) {
                    job.notBefore = nanos.getAsLong() + wait.get().toNanos();
                }
            }
            if (done) {
                line.queue(job.priority).remove(job);
            }
            if (dispatchReady(nanos.getAsLong()) != Long.MAX_VALUE || closing) {
                changed.signalAll(); // the scheduler's thread times what waits; a closing scheduler counts
            }
        } finally {
            lock.unlock();
        }
        // completed outside the lock: whatever runs on completion must not hold up the scheduler
        if (done && failure == null) {
            job.future.complete(result);
        } else if (done) {
            job.future.completeExceptionally(failure);
        }
    }

    /** @return how many sends are queued or on the wire */
    int pending() {
        lock.lock();
        try {
            return lines.values().stream().mapToInt(SendLine::size).sum();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Lets queued sends go out for up to {@code waitNanos}, then fails the rest and stops deciding (the workers
     * are their owner's).
     */
    void close(long waitNanos) {
        long deadline = nanos.getAsLong() + waitNanos;
        List<SendLine.Job<?>> abandoned = new ArrayList<>();
        lock.lock();
        try {
            closing = true;
            changed.signalAll();
            while (!lines.values().stream().allMatch(line -> line.size() == 0 && !line.busy)) {
                long left = deadline - nanos.getAsLong();
                if (left <= 0) {
                    break;
                }
                changed.awaitNanos(Math.min(left, TimeUnit.MILLISECONDS.toNanos(50)));
            }
            stopped = true;
            for (SendLine line : lines.values()) {
                line.drainTo(abandoned);
            }
            changed.signalAll();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } finally {
            lock.unlock();
        }
        RejectedExecutionException closed = new RejectedExecutionException("the send scheduler was closed");
        abandoned.forEach(job -> job.future.completeExceptionally(closed));
        try {
            thread.join(1000);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        close(TimeUnit.SECONDS.toNanos(5));
    }
}
