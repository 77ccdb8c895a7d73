package com.repairbot.adapter.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.repairbot.adapter.telegram.TelegramCallException.Kind;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RetriesTest {

    private final Retries retries = new Retries(new Tuning.RetrySettings(Duration.ofMillis(100),
            Duration.ofMillis(1000), 3, Duration.ofSeconds(30)));

    private static TelegramCallException failure(Kind kind, Duration retryAfter) {
        return new TelegramCallException("sendMessage", kind, 0, "x", retryAfter);
    }

    @Test
    void after_a_429_the_wait_is_exactly_retry_after() {
        assertThat(retries.delay(failure(Kind.TOO_MANY_REQUESTS, Duration.ofSeconds(7)), 3))
                .isEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void otherwise_the_wait_grows_exponentially_with_jitter_up_to_the_ceiling() {
        for (int i = 0; i < 50; i++) {
            assertThat(retries.delay(failure(Kind.SERVER, null), 1).toMillis()).isBetween(50L, 100L);
            assertThat(retries.delay(failure(Kind.NETWORK, null), 2).toMillis()).isBetween(100L, 200L);
            assertThat(retries.delay(failure(Kind.MALFORMED, null), 3).toMillis()).isBetween(200L, 400L);
            assertThat(retries.delay(failure(Kind.SERVER, null), 30).toMillis()).isBetween(500L, 1000L);
        }
    }

    @Test
    void refusals_are_not_retried() {
        for (Kind kind : new Kind[] {Kind.REJECTED, Kind.FORBIDDEN, Kind.UNAUTHORIZED}) {
            AtomicInteger attempts = new AtomicInteger();
            assertThatThrownBy(() -> retries.run(() -> {
                attempts.incrementAndGet();
                throw failure(kind, null);
            }, 3)).isInstanceOf(TelegramCallException.class);
            assertThat(attempts).as(kind.name()).hasValue(1);
        }
    }

    @Test
    void a_wait_longer_than_allowed_fails_at_once() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> retries.run(() -> {
            attempts.incrementAndGet();
            throw failure(Kind.TOO_MANY_REQUESTS, Duration.ofMinutes(5));
        }, 3)).isInstanceOf(TelegramCallException.class);
        assertThat(attempts).hasValue(1);
    }

    @Test
    void transient_failures_are_retried_up_to_the_limit() {
        AtomicInteger attempts = new AtomicInteger();
        Retries quick = new Retries(new Tuning.RetrySettings(Duration.ofMillis(1), Duration.ofMillis(2), 3,
                Duration.ofSeconds(1)));
        assertThatThrownBy(() -> quick.run(() -> {
            attempts.incrementAndGet();
            throw failure(Kind.SERVER, null);
        }, 3)).isInstanceOf(TelegramCallException.class);
        assertThat(attempts).hasValue(4);
    }
}
