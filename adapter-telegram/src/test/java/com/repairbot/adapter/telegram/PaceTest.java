package com.repairbot.adapter.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PaceTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void a_bucket_lets_a_burst_through_then_one_per_interval() {
        Pace.Bucket bucket = new Pace.Bucket(3, Duration.ofSeconds(1));
        long now = 10 * SECOND;
        for (int i = 0; i < 3; i++) {
            assertThat(bucket.availableAt(now)).isEqualTo(now);
            bucket.take(now);
        }
        assertThat(bucket.availableAt(now)).isEqualTo(now + SECOND);
        bucket.take(now + SECOND);
        assertThat(bucket.availableAt(now + SECOND)).isEqualTo(now + 2 * SECOND);
        assertThat(bucket.idle(now + 3 * SECOND)).isFalse();
        assertThat(bucket.idle(now + 4 * SECOND)).isTrue();
    }

    @Test
    void a_bucket_refills_while_idle_but_never_beyond_the_burst() {
        Pace.Bucket bucket = new Pace.Bucket(2, Duration.ofSeconds(1));
        bucket.take(0);
        bucket.take(0);
        long later = 100 * SECOND;
        bucket.take(later);
        bucket.take(later);
        assertThat(bucket.availableAt(later)).isEqualTo(later + SECOND);
    }

    @Test
    void a_window_allows_the_limit_within_any_window_only() {
        Pace.Window window = new Pace.Window(2, Duration.ofSeconds(60));
        window.take(0);
        window.take(5 * SECOND);
        assertThat(window.availableAt(6 * SECOND)).isEqualTo(60 * SECOND);
        window.take(60 * SECOND);
        assertThat(window.availableAt(61 * SECOND)).isEqualTo(65 * SECOND);
        assertThat(window.idle(120 * SECOND)).isTrue();
    }
}
