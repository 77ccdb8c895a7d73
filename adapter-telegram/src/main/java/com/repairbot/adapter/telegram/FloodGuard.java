package com.repairbot.adapter.telegram;

import com.repairbot.application.port.out.RateLimiter;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Incoming flood protection: a token bucket per user (the {@link RateLimiter} port). Updates over the limit
 * are dropped; the first dropped one of a burst gets one polite warning, the rest of that burst nothing.
 * When the limiter's store cannot be reached the update is let through: losing real work to protect
 * against a flood is the worse failure.
 */
final class FloodGuard {

    private static final Logger log = LoggerFactory.getLogger(FloodGuard.class);

    /** What to do with an update. */
    enum Verdict {
        PASS,
        /** Drop it and warn the user (the first drop of a burst). */
        WARN,
        /** Drop it silently. */
        DROP
    }

    private final RateLimiter limiter;
    private static final long WARN_EVERY = TimeUnit.MINUTES.toNanos(1);

    private final Set<Long> warned = ConcurrentHashMap.newKeySet();
    private final AtomicLong lastWarning = new AtomicLong();

    FloodGuard(RateLimiter limiter) {
        this.limiter = limiter;
    }

    Verdict check(long user) {
        boolean allowed;
        try {
            allowed = limiter.tryAcquire("tg:user:" + user);
        } catch (RuntimeException unavailable) {
            long now = System.nanoTime();
            long last = lastWarning.get();
            if (now - last > WARN_EVERY || last == 0) {
                if (lastWarning.compareAndSet(last, now)) {
                    log.warn("flood limiter unavailable, letting updates through: {}",
                            unavailable.getClass().getSimpleName());
                }
            }
            return Verdict.PASS;
        }
        if (allowed) {
            warned.remove(user); // the burst is over: the next one gets its warning again
            return Verdict.PASS;
        }
        return warned.add(user) ? Verdict.WARN : Verdict.DROP;
    }
}
