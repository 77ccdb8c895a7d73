package com.repairbot.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.repairbot.application.port.out.RateLimiter;
import com.repairbot.application.port.out.contract.RateLimiterContract;
import com.repairbot.application.testing.MutableClock;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The rate limiter contract on the real Redis, which refills from its own clock: time is let pass for real. */
class RedisRateLimiterIT extends RateLimiterContract {

    private static final int DATABASE = 11;

    @RegisterExtension
    static final RedisDatabase REDIS = new RedisDatabase(DATABASE);

    @Override
    protected RateLimiter newLimiter(Clock clock, int capacity, double perSecond) {
        REDIS.raw().flush();
        return new RedisRateLimiter(REDIS.connection(), RedisKeys.DEFAULT, capacity, perSecond);
    }

    @Override
    protected void letTimePass(MutableClock clock, Duration duration) {
        clock.advance(duration);
        RedisConversationStoreIT.sleep(duration);
    }

    @Test
    void a_bucket_is_a_hash_that_expires_when_it_would_be_full_again() {
        RateLimiter limiter = newLimiter(Clock.systemUTC(), 5, 3);

        limiter.tryAcquire("user:42");

        Map<String, String> bucket = REDIS.raw().commands().hgetall("user:42:rate");
        assertThat(bucket).containsOnlyKeys("tokens", "at");
        assertThat(Double.parseDouble(bucket.get("tokens"))).isEqualTo(4.0);
        // 5 tokens at 3 per second fill up in 1.67 s, plus a second
        assertThat(REDIS.raw().commands().pttl("user:42:rate")).isBetween(2_000L, 2_667L);
    }

    @Test
    void three_per_second_with_a_burst_of_five_lets_five_through_then_three_a_second() {
        RateLimiter limiter = newLimiter(Clock.systemUTC(), 5, 3);
        int first = 0;
        for (int i = 0; i < 20; i++) {
            first += limiter.tryAcquire("user:42") ? 1 : 0;
        }

        RedisConversationStoreIT.sleep(Duration.ofMillis(1000));
        int second = 0;
        for (int i = 0; i < 20; i++) {
            second += limiter.tryAcquire("user:42") ? 1 : 0;
        }

        assertThat(first).isEqualTo(5);
        assertThat(second).isEqualTo(3);
    }

    @Test
    void a_bucket_holds_a_token_at_least_and_refills_at_a_positive_rate() {
        assertThatThrownBy(() -> new RedisRateLimiter(REDIS.connection(), RedisKeys.DEFAULT, 0, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RedisRateLimiter(REDIS.connection(), RedisKeys.DEFAULT, 1, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RedisRateLimiter(REDIS.connection(), RedisKeys.DEFAULT, 1, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
