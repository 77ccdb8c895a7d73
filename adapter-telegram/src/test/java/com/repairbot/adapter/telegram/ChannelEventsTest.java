package com.repairbot.adapter.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.repairbot.adapter.telegram.TelegramCallException.Kind;
import dev.failsafe.Execution;
import dev.failsafe.Failsafe;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Retries and 429 waits reach the listener once per retry, whether Failsafe runs the call or the scheduler does. */
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
        assertThatThrownBy(() -> Failsafe.with(retries.policy(2)).get(() -> {
            throw failure(Kind.SERVER, null);
        })).isInstanceOf(TelegramCallException.class);

        assertThat(recorder.events).containsExactly("retry sendMessage", "retry sendMessage");
    }

    @Test
    void the_send_schedulers_own_executions_report_retries_and_the_exact_429_wait() {
        Execution<Object> execution = Execution.of(retries.policy(2));
        execution.recordException(failure(Kind.TOO_MANY_REQUESTS, Duration.ofMillis(1000)));
        execution.recordResult("sent");

        assertThat(execution.isComplete()).isTrue();
        assertThat(recorder.events).containsExactly("retry sendMessage", "wait sendMessage 1000");
    }

    @Test
    void refusals_and_waits_longer_than_allowed_are_not_retried_and_not_reported() {
        Execution<Object> refused = Execution.of(retries.policy(2));
        refused.recordException(failure(Kind.REJECTED, null));
        Execution<Object> tooLong = Execution.of(retries.policy(2));
        tooLong.recordException(failure(Kind.TOO_MANY_REQUESTS, Duration.ofMinutes(10)));

        assertThat(refused.isComplete()).isTrue();
        assertThat(tooLong.isComplete()).isTrue();
        assertThat(recorder.events).isEmpty();
    }
}
