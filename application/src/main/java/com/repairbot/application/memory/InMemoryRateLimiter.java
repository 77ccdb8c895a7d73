package com.repairbot.application.memory;

import com.repairbot.application.port.out.RateLimiter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Token buckets in a map, refilled from the clock. */
public final class InMemoryRateLimiter implements RateLimiter {

    /** From this many buckets on, the full ones (no different from a bucket never made) are swept out. */
    private static final int SWEEP_FROM = 4096;

    private static final class Bucket {
        private double tokens;
        private Instant at;

        private Bucket(double tokens, Instant at) {
            this.tokens = tokens;
            this.at = at;
        }
    }

    private final Map<String, Bucket> buckets = new HashMap<>();
    private final Clock clock;
    private final int capacity;
    private final double perSecond;
    /** Sweeps run when the map has doubled since the last one, so a flood of new keys costs O(1) each. */
    private int sweepAt = SWEEP_FROM;

    /**
     * @param clock     the time, for the refill
     * @param capacity  how many tokens a bucket holds (the burst); at least 1
     * @param perSecond how many tokens flow back per second; positive
     */
    public InMemoryRateLimiter(Clock clock, int capacity, double perSecond) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a bucket holds at least one token, not " + capacity);
        }
        if (!(perSecond > 0) || Double.isInfinite(perSecond)) {
            throw new IllegalArgumentException("the refill rate must be a positive number, not " + perSecond);
        }
        this.clock = clock;
        this.capacity = capacity;
        this.perSecond = perSecond;
    }

    @Override
    public synchronized boolean tryAcquire(String key) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("a rate limit needs a key");
        }
        Instant now = clock.instant();
        if (buckets.size() >= sweepAt) {
            buckets.values().removeIf(bucket -> refilled(bucket, now) >= capacity);
            sweepAt = Math.max(SWEEP_FROM, buckets.size() * 2);
        }
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(capacity, now));
        bucket.tokens = refilled(bucket, now);
        if (now.isAfter(bucket.at)) {
            bucket.at = now;
        }
        if (bucket.tokens < 1) {
            return false;
        }
        bucket.tokens -= 1;
        return true;
    }

    private double refilled(Bucket bucket, Instant now) {
        if (!now.isAfter(bucket.at)) {
            return bucket.tokens; // a clock that went back refills nothing
        }
        Duration elapsed = Duration.between(bucket.at, now);
        double seconds = elapsed.getSeconds() + elapsed.getNano() / 1e9;
        return Math.min(capacity, bucket.tokens + seconds * perSecond);
    }
}
