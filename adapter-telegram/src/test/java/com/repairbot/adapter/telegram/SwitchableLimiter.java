package com.repairbot.adapter.telegram;

import com.repairbot.application.memory.InMemoryRateLimiter;
import com.repairbot.application.port.out.RateLimiter;
import com.repairbot.application.testing.MutableClock;
import java.time.Instant;

/** A flood limiter that a test turns from generous (to script a dialog fast) to the defaults (3/s, burst 5). */
final class SwitchableLimiter implements RateLimiter {

    /** The defaults' time: a test moves it on instead of sleeping until the bucket fills up again. */
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
    private volatile RateLimiter current = Harness.generousLimiter();

    void useDefaults() {
        current = new InMemoryRateLimiter(clock, 5, 3);
    }

    void useGenerous() {
        current = Harness.generousLimiter();
    }

    @Override
    public boolean tryAcquire(String key) {
        return current.tryAcquire(key);
    }
}
