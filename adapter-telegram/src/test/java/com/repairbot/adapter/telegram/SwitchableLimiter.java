package com.repairbot.adapter.telegram;

import com.repairbot.application.memory.InMemoryRateLimiter;
import com.repairbot.application.port.out.RateLimiter;
import java.time.Clock;

/** A flood limiter that a test turns from generous (to script a dialog fast) to the defaults (3/s, burst 5). */
final class SwitchableLimiter implements RateLimiter {

    private volatile RateLimiter current = Harness.generousLimiter();

    void useDefaults() {
        current = new InMemoryRateLimiter(Clock.systemUTC(), 5, 3);
    }

    void useGenerous() {
        current = Harness.generousLimiter();
    }

    @Override
    public boolean tryAcquire(String key) {
        return current.tryAcquire(key);
    }
}
