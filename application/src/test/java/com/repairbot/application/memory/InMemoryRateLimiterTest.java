package com.repairbot.application.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.repairbot.application.port.out.RateLimiter;
import com.repairbot.application.port.out.contract.RateLimiterContract;
import com.repairbot.application.testing.MutableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The reference implementation held to the contract every adapter meets. */
class InMemoryRateLimiterTest extends RateLimiterContract {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-10T09:00:00Z"));

    @Override
    protected RateLimiter newLimiter(Clock clock, int capacity, double perSecond) {
        return new InMemoryRateLimiter(clock, capacity, perSecond);
    }

    @Test
    void a_clock_that_goes_back_refills_nothing() {
        RateLimiter limiter = new InMemoryRateLimiter(clock, 1, 1);
        limiter.tryAcquire("user:42");

        clock.advance(Duration.ofHours(-1));

        assertThat(limiter.tryAcquire("user:42")).isFalse();
        clock.advance(Duration.ofHours(1).plusSeconds(1));
        assertThat(limiter.tryAcquire("user:42")).isTrue();
    }

    @Test
    void with_many_keys_seen_every_bucket_still_counts_correctly() {
        RateLimiter limiter = new InMemoryRateLimiter(clock, 2, 1);
        for (int user = 1; user <= 5000; user++) {
            limiter.tryAcquire("user:" + user);
        }
        limiter.tryAcquire("user:1");
        clock.advance(Duration.ofSeconds(10));

        assertThat(limiter.tryAcquire("user:1")).isTrue();
        assertThat(limiter.tryAcquire("user:1")).isTrue();
        assertThat(limiter.tryAcquire("user:1")).isFalse();
    }

    @Test
    void a_bucket_holds_at_least_one_token_and_refills_at_a_positive_rate() {
        assertThatThrownBy(() -> new InMemoryRateLimiter(clock, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new InMemoryRateLimiter(clock, 1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new InMemoryRateLimiter(clock, 1, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new InMemoryRateLimiter(clock, 1, Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
