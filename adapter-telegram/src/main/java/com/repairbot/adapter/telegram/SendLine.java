package com.repairbot.adapter.telegram;

import com.repairbot.adapter.telegram.SendScheduler.Attempt;
import com.repairbot.adapter.telegram.SendScheduler.Priority;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The sends waiting for one chat: one queue per priority (each in order), at most one of them on the wire,
 * and the chat's pace (and its group window, for a group). Guarded by the send scheduler's lock.
 */
final class SendLine {

    /** A reply whose retry is further away than this may be overtaken by a notification that could go now. */
    static final long MAY_PASS_A_REPLY_NANOS = TimeUnit.SECONDS.toNanos(3);

    private final ArrayDeque<Job<?>> interactive = new ArrayDeque<>();
    private final ArrayDeque<Job<?>> bulk = new ArrayDeque<>();
    private final Pace.Bucket bucket;
    private final Pace.Window group;
    /** A send of this chat is on the wire. */
    boolean busy;
    /** Updates of this chat being handled: their replies are on their way, and go before its notifications. */
    int expecting;
    /** Until when this chat's notifications wait for the replies on their way (a bound, should handling stall). */
    long bulkHeldUntil;
    /** Whether a send of this chat was answered with a 429 whose flood wait may still run ({@link #floodUntil}). */
    private boolean flood;
    /** The end of the chat's flood wait: no send of this chat, whichever, goes before it. */
    private long floodUntil;

    SendLine(Pace.Bucket bucket, Pace.Window group) {
        this.bucket = bucket;
        this.group = group;
    }

    ArrayDeque<Job<?>> queue(Priority priority) {
        return priority == Priority.INTERACTIVE ? interactive : bulk;
    }

    /** @return the send that would go next for this chat; {@code null} when none may or there is none */
    Job<?> next(long now) {
        if (busy) {
            return null;
        }
        dropCancelled(interactive);
        dropCancelled(bulk);
        Job<?> first = interactive.peekFirst();
        Job<?> second = bulkHeld(now) ? null : bulk.peekFirst();
        if (first == null) {
            return second;
        }
        // a reply waiting out a long retry delay must not hold up a notification that could go now; a short one
        // (a 429's retry_after of a second or two) it waits out, so that the answer comes before the notifications
        return second != null
                && Math.max(first.notBefore, now) - Math.max(second.notBefore, now) > MAY_PASS_A_REPLY_NANOS
                ? second : first;
    }

    /** @return whether this chat's notifications wait for replies on their way */
    boolean bulkHeld(long now) {
        return expecting > 0 && now - bulkHeldUntil < 0 && !bulk.isEmpty();
    }

    /** Drops the sends at the head that were cancelled, without an iterator (this runs for every line per send). */
    private static void dropCancelled(ArrayDeque<Job<?>> queue) {
        Job<?> head = queue.peekFirst();
        while (head != null && head.future.isDone()) {
            queue.pollFirst();
            head = queue.peekFirst();
        }
    }

    long availableAt(long now) {
        long at = bucket.availableAt(now);
        if (group != null) {
            at = Math.max(at, group.availableAt(now));
        }
        return flood && floodUntil - now > 0 ? Math.max(at, floodUntil) : at;
    }

    /**
     * Telegram answered a send of this chat with 429: its {@code retry_after} holds for the chat, not only for that
     * send (a "flood wait": every other send to the chat before it ends is refused again and may lengthen it).
     *
     * @param until when the wait ends
     */
    void waitOut(long until) {
        if (!flood || until - floodUntil > 0) {
            floodUntil = until;
        }
        flood = true;
    }

    /** @return the place the send holds in the group's window ({@code null} for a private chat) */
    long[] reserve() {
        return group == null ? null : group.reserve();
    }

    /** The send let through at {@link #reserve()} was answered at this time. */
    void settle(long[] place, long at) {
        bucket.take(at);
        if (group != null) {
            group.settle(place, at);
        }
    }

    int size() {
        return interactive.size() + bulk.size();
    }

    boolean idle(long now) {
        return size() == 0 && !busy && expecting == 0 && bucket.idle(now) && (group == null || group.idle(now))
                && (!flood || floodUntil - now <= 0);
    }

    void drainTo(List<Job<?>> out) {
        out.addAll(interactive);
        out.addAll(bulk);
        interactive.clear();
        bulk.clear();
    }

    /** A queued send. */
    static final class Job<T> {
        final Priority priority;
        private final long sequence;
        final Attempt<T> attempt;
        final CompletableFuture<T> future;
        /** Attempts that failed so far (guarded by the scheduler's lock). */
        int failures;
        /** Not again before this time (a retry's delay). */
        long notBefore = Long.MIN_VALUE;

        Job(Priority priority, long sequence, Attempt<T> attempt, CompletableFuture<T> future) {
            this.priority = priority;
            this.sequence = sequence;
            this.attempt = attempt;
            this.future = future;
        }

        boolean before(Job<?> other) {
            return priority != other.priority ? priority.ordinal() < other.priority.ordinal()
                    : sequence < other.sequence;
        }
    }
}
