package com.repairbot.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.repairbot.application.port.out.RateLimiter;
import com.repairbot.application.testing.MutableClock;
import com.repairbot.application.testing.Race;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * What every {@link RateLimiter} must do. An adapter's test extends it and says how to make one with empty
 * state on a given clock; one that refills on its own clock (Redis) also overrides {@link #letTimePass} to
 * wait for real. The rates are chosen so that the few milliseconds a real store takes between two calls
 * never add a token.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
public abstract class RateLimiterContract {

    /** One token back every 100 s: nothing flows back during a test that is not about refilling. */
    private static final double SLOW = 0.01;
    /** One token back every 250 ms. */
    private static final double FOUR_PER_SECOND = 4;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-10T09:00:00Z"));

    /**
     * @param clock     the time the limiter reads for the refill
     * @param capacity  tokens per bucket (the burst)
     * @param perSecond tokens flowing back per second
     * @return a limiter that has seen no key yet, new for each test
     */
    protected abstract RateLimiter newLimiter(Clock clock, int capacity, double perSecond);

    /** Lets time pass for the limiter. Moves the clock; a limiter on its own clock also waits. */
    protected void letTimePass(MutableClock mutableClock, Duration duration) {
        mutableClock.advance(duration);
    }

    @Test
    void a_new_key_gets_a_burst_of_the_capacity_and_then_is_refused() {
        RateLimiter limiter = newLimiter(clock, 5, SLOW);

        for (int i = 0; i < 5; i++) {
            assertThat(limiter.tryAcquire("user:42")).as("token %d", i + 1).isTrue();
        }
        assertThat(limiter.tryAcquire("user:42")).isFalse();
        assertThat(limiter.tryAcquire("user:42")).as("refused calls take nothing, and give nothing").isFalse();
    }

    @Test
    void tokens_flow_back_at_the_refill_rate() {
        RateLimiter limiter = newLimiter(clock, 2, FOUR_PER_SECOND);
        limiter.tryAcquire("user:42");
        limiter.tryAcquire("user:42");
        assertThat(limiter.tryAcquire("user:42")).isFalse();

        letTimePass(clock, Duration.ofMillis(300));

        assertThat(limiter.tryAcquire("user:42")).as("one token back after 250 ms").isTrue();
        assertThat(limiter.tryAcquire("user:42")).as("and only one").isFalse();
    }

    @Test
    void a_bucket_never_holds_more_than_its_capacity() {
        RateLimiter limiter = newLimiter(clock, 2, FOUR_PER_SECOND);
        limiter.tryAcquire("user:42");
        limiter.tryAcquire("user:42");

        letTimePass(clock, Duration.ofMillis(1500));

        assertThat(limiter.tryAcquire("user:42")).isTrue();
        assertThat(limiter.tryAcquire("user:42")).isTrue();
        assertThat(limiter.tryAcquire("user:42")).as("six tokens flowed back, two fit").isFalse();
    }

    @Test
    void each_key_has_its_own_bucket() {
        RateLimiter limiter = newLimiter(clock, 1, SLOW);

        assertThat(limiter.tryAcquire("user:42")).isTrue();
        assertThat(limiter.tryAcquire("user:42")).isFalse();
        assertThat(limiter.tryAcquire("user:43")).isTrue();
        assertThat(limiter.tryAcquire("chat:42")).isTrue();
        assertThat(limiter.tryAcquire("user:42 ")).as("keys are taken exactly").isTrue();
    }

    @Test
    void of_eight_threads_on_one_key_exactly_the_capacity_get_through() {
        RateLimiter limiter = newLimiter(clock, 3, SLOW);

        List<Boolean> allowed = Race.run(8, thread -> limiter.tryAcquire("user:42"));

        assertThat(allowed).filteredOn(Boolean::booleanValue).hasSize(3);
    }

    @Test
    void a_blank_key_is_refused() {
        RateLimiter limiter = newLimiter(clock, 1, SLOW);

        assertThatThrownBy(() -> limiter.tryAcquire(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> limiter.tryAcquire(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
