package com.repairbot.bootstrap.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class MicrometerChannelEventsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final MicrometerChannelEvents events = new MicrometerChannelEvents(registry);

    @Test
    void meters_kept_between_events_count_every_event_under_its_own_tags() {
        for (int i = 0; i < 3; i++) {
            events.updateHandled("message", Duration.ofMillis(5));
            events.apiCall("sendMessage", "ok");
        }
        events.updateHandled("callback_query", Duration.ofMillis(7));
        events.apiCall("sendMessage", "too_many_requests");
        events.apiCall("answerCallbackQuery", "ok");
        events.updateReceived("message");
        events.retry("sendMessage");
        events.retry("sendMessage");

        assertThat(registry.get("repairbot.updates.handled").tag("kind", "message").counter().count()).isEqualTo(3);
        assertThat(registry.get("repairbot.updates.handled").tag("kind", "callback_query").counter().count())
                .isEqualTo(1);
        assertThat(registry.get("repairbot.updates.handling").tag("kind", "message").timer().count()).isEqualTo(3);
        assertThat(registry.get("repairbot.telegram.api.calls").tag("method", "sendMessage").tag("outcome", "ok")
                .counter().count()).isEqualTo(3);
        assertThat(registry.get("repairbot.telegram.api.calls").tag("method", "sendMessage")
                .tag("outcome", "too_many_requests").counter().count()).isEqualTo(1);
        assertThat(registry.get("repairbot.telegram.api.calls").tag("method", "answerCallbackQuery")
                .counter().count()).isEqualTo(1);
        assertThat(registry.get("repairbot.updates.received").tag("kind", "message").counter().count()).isEqualTo(1);
        assertThat(registry.get("repairbot.telegram.retries").tag("method", "sendMessage").counter().count())
                .isEqualTo(2);
    }

    @Test
    void each_journal_write_is_recorded_with_the_updates_it_took() {
        events.journalWritten(49);
        events.journalWritten(1);

        assertThat(registry.get("repairbot.journal.writes").summary().count()).isEqualTo(2);
        assertThat(registry.get("repairbot.journal.writes").summary().totalAmount()).isEqualTo(50);
    }
}
