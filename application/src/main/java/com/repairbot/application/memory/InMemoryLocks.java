package com.repairbot.application.memory;

import com.repairbot.application.port.out.HeldLock;
import com.repairbot.application.port.out.Locks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Locks in a map, each with its owner's token and the time it frees itself, read from the clock. */
public final class InMemoryLocks implements Locks {

    /** From this many entries on, locks that freed themselves are swept out. */
    private static final int SWEEP_FROM = 1024;

    private record Holder(long token, Instant until) {
    }

    private final Map<String, Holder> held = new HashMap<>();
    private final Clock clock;
    private long lastToken;
    /** Sweeps run when the map has doubled since the last one, so many names cost O(1) each. */
    private int sweepAt = SWEEP_FROM;

    /** @param clock the time, for the hold times */
    public InMemoryLocks(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized Optional<HeldLock> tryAcquire(String name, Duration hold) {
        Locks.requireValid(name, hold);
        Instant now = clock.instant();
        if (held.size() >= sweepAt) {
            held.values().removeIf(holder -> !now.isBefore(holder.until()));
            sweepAt = Math.max(SWEEP_FROM, held.size() * 2);
        }
        Holder current = held.get(name);
        if (current != null && now.isBefore(current.until())) {
            return Optional.empty();
        }
        long token = ++lastToken;
        held.put(name, new Holder(token, now.plus(hold)));
        return Optional.of(new Held(name, token));
    }

    private synchronized boolean release(String name, long token) {
        Holder current = held.get(name);
        if (current == null || current.token() != token) {
            return false;
        }
        held.remove(name);
        // past its hold time it had freed itself already: the owner learns that it ran over
        return clock.instant().isBefore(current.until());
    }

    private synchronized boolean extend(String name, long token, Duration hold) {
        Locks.requireValid(hold);
        Holder current = held.get(name);
        Instant now = clock.instant();
        if (current == null || current.token() != token || !now.isBefore(current.until())) {
            return false;
        }
        held.put(name, new Holder(token, now.plus(hold)));
        return true;
    }

    private final class Held implements HeldLock {

        private final String name;
        private final long token;

        private Held(String name, long token) {
            this.name = name;
            this.token = token;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public boolean release() {
            return InMemoryLocks.this.release(name, token);
        }

        @Override
        public boolean extend(Duration hold) {
            return InMemoryLocks.this.extend(name, token, hold);
        }

        @Override
        public String toString() {
            return "HeldLock[" + name + "]";
        }
    }
}
