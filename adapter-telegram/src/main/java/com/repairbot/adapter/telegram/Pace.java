package com.repairbot.adapter.telegram;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The two shapes of a send limit, on a nanosecond timeline. Not thread-safe: the send scheduler owns them. */
final class Pace {

    private Pace() {
    }

    /**
     * "One per interval, with a burst": a token bucket written as a virtual schedule (GCRA). Within any stretch
     * of time {@code t} it lets through at most {@code burst + t / interval} sends. The scheduler takes from it
     * when a send was answered (one send of a chat at a time), for the same reason as {@link Window}.
     */
    static final class Bucket {
        private final long interval;
        private final long tolerance;
        private long due = Long.MIN_VALUE;

        Bucket(int burst, Duration interval) {
            this.interval = interval.toNanos();
            this.tolerance = (burst - 1) * this.interval;
        }

        /** @return the earliest time (not before {@code now}) a send is allowed */
        long availableAt(long now) {
            return due == Long.MIN_VALUE ? now : Math.max(now, due - tolerance);
        }

        void take(long now) {
            due = (due == Long.MIN_VALUE ? now : Math.max(due, now)) + interval;
        }

        /** @return whether the bucket is full again, i.e. no different from a new one */
        boolean idle(long now) {
            return due == Long.MIN_VALUE || now >= due;
        }
    }

    /**
     * "At most {@code limit} within any window". A send holds a place from the moment it is let through; its
     * time is the moment it was answered (settled), which is never before Telegram received it: so the check
     * holds on Telegram's side even when one request takes longer on the wire than the next.
     */
    static final class Window {
        private static final long PENDING = Long.MAX_VALUE;

        private final int limit;
        private final long window;
        private final List<long[]> sends = new ArrayList<>();

        Window(int limit, Duration window) {
            this.limit = limit;
            this.window = window.toNanos();
        }

        /**
         * @return the earliest time (not before {@code now}) a send is allowed; {@code Long.MAX_VALUE} when that
         *         depends on a send still on the wire
         */
        long availableAt(long now) {
            prune(now);
            if (sends.size() < limit) {
                return now;
            }
            long[] times = sends.stream().mapToLong(send -> send[0]).sorted().toArray();
            long deciding = times[times.length - limit];
            return deciding == PENDING ? PENDING : Math.max(now, deciding + window);
        }

        /** @return a place for a send on the wire, to be settled when it is answered */
        long[] reserve() {
            long[] place = {PENDING};
            sends.add(place);
            return place;
        }

        void settle(long[] place, long at) {
            place[0] = at;
        }

        /** A send made and answered at once (tests). */
        void take(long now) {
            settle(reserve(), now);
        }

        boolean idle(long now) {
            prune(now);
            return sends.isEmpty();
        }

        private void prune(long now) {
            sends.removeIf(send -> send[0] != PENDING && now - send[0] >= window);
        }
    }
}
