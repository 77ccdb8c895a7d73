package com.repairbot.adapter.redis;

import com.repairbot.application.port.out.RateLimiter;
import io.lettuce.core.ScriptOutputType;

/**
 * Token buckets shared by every instance: {@code <key>:rate} is a hash of the tokens left and when they were
 * counted (microseconds, Redis's own clock, so that the instances' clocks do not matter). One Lua script per
 * call refills by the time passed, takes a token if there is one and sets the TTL to the time a bucket takes
 * to fill up again: an expired bucket and a full one are the same.
 */
public final class RedisRateLimiter implements RateLimiter {

    /** KEYS: the bucket. ARGV: capacity, tokens per second, TTL in ms. Numbers kept with 17 digits: exact. */
    private static final RedisScript TAKE = new RedisScript("""
            local time = redis.call('TIME')
            local now = tonumber(time[1]) * 1000000 + tonumber(time[2])
            local capacity = tonumber(ARGV[1])
            local rate = tonumber(ARGV[2])
            local bucket = redis.call('HMGET', KEYS[1], 'tokens', 'at')
            local tokens = tonumber(bucket[1])
            local at = tonumber(bucket[2])
            if tokens == nil or at == nil then
              tokens = capacity
              at = now
            end
            if now > at then
              tokens = math.min(capacity, tokens + (now - at) * rate / 1000000)
              at = now
            end
            local taken = 0
            if tokens >= 1 then
              tokens = tokens - 1
              taken = 1
            end
            redis.call('HSET', KEYS[1], 'tokens', string.format('%.17g', tokens), 'at', string.format('%.17g', at))
            redis.call('PEXPIRE', KEYS[1], ARGV[3])
            return taken
            """);

    private final RedisConnection redis;
    private final RedisKeys keys;
    private final String capacity;
    private final String perSecond;
    private final String ttlMillis;

    /**
     * @param redis     the shared connection
     * @param keys      the key layout (prefix)
     * @param capacity  how many tokens a bucket holds (the burst); at least 1
     * @param perSecond how many tokens flow back per second; positive
     */
    public RedisRateLimiter(RedisConnection redis, RedisKeys keys, int capacity, double perSecond) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a bucket holds at least one token, not " + capacity);
        }
        if (!(perSecond > 0) || Double.isInfinite(perSecond)) {
            throw new IllegalArgumentException("the refill rate must be a positive number, not " + perSecond);
        }
        this.redis = redis;
        this.keys = keys;
        this.capacity = Integer.toString(capacity);
        this.perSecond = Double.toString(perSecond);
        // time to fill an empty bucket, plus a second of slack; at least a second
        this.ttlMillis = Long.toString((long) Math.min(Long.MAX_VALUE / 2.0,
                Math.ceil(capacity / perSecond * 1000)) + 1000);
    }

    @Override
    public boolean tryAcquire(String key) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("a rate limit needs a key");
        }
        Long taken = redis.call("take token", c -> TAKE.run(c, ScriptOutputType.INTEGER,
                new String[] {keys.bucket(key)}, capacity, perSecond, ttlMillis));
        return taken != null && taken == 1L;
    }
}
