package com.repairbot.adapter.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.repairbot.adapter.telegram.TelegramCallException.Kind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Retries and 429 waits reach the listener once per retry, whether the call runs on its caller or in the scheduler. */
class ChannelEventsTest {

    /** Every event as text, in order. */
    static final class Recorder implements ChannelEvents {
        final List<String> events = new ArrayList<>();

        @Override
        public synchronized void retry(String method) {
            events.add("retry " + method);
        }

        @Override
        public synchronized void rateLimitedWait(String method, Duration wait) {
            events.add("wait " + method + " " + wait.toMillis());
        }
    }

    private final Recorder recorder = new Recorder();
    private final Retries retries = new Retries(new Tuning.RetrySettings(Duration.ofMillis(1), Duration.ofMillis(2),
            2, Duration.ofSeconds(2)), recorder);

    private static TelegramCallException failure(Kind kind, Duration retryAfter) {
        return new TelegramCallException("sendMessage", kind, kind == Kind.TOO_MANY_REQUESTS ? 429 : 0, "x",
                retryAfter);
    }

    @Test
    void a_call_retried_until_it_gives_up_reports_each_retry_but_not_the_last_failure() {
        assertThatThrownBy(() -> retries.run(() -> {
            throw failure(Kind.SERVER, null);
        }, 2)).isInstanceOf(TelegramCallException.class);

        assertThat(recorder.events).containsExactly("retry sendMessage", "retry sendMessage");
    }

    @Test
    void the_send_schedulers_own_executions_report_retries_and_the_exact_429_wait() {
        SendScheduler.RetryRule rule = retries.rule(2);

        assertThat(rule.next(failure(Kind.TOO_MANY_REQUESTS, Duration.ofMillis(1000)), 1))
                .contains(Duration.ofMillis(1000));
        assertThat(recorder.events).containsExactly("retry sendMessage", "wait sendMessage 1000");
    }

    @Test
    void refusals_and_waits_longer_than_allowed_are_not_retried_and_not_reported() {
        SendScheduler.RetryRule rule = retries.rule(2);

        assertThat(rule.next(failure(Kind.REJECTED, null), 1)).isEmpty();
        assertThat(rule.next(failure(Kind.TOO_MANY_REQUESTS, Duration.ofMinutes(10)), 1)).isEmpty();
        assertThat(rule.next(failure(Kind.SERVER, null), 3)).as("the third failure of two retries").isEmpty();
        assertThat(recorder.events).isEmpty();
    }
}
