package com.repairbot.adapter.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.repairbot.application.conversation.Outbound;
import com.repairbot.domain.staff.ChatId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The first half of a stop: no more updates come in, but the outbox can still send its last round. */
class StopIntakeIT {

    @Test
    void after_the_intake_stops_no_update_is_taken_but_notifications_still_go_out() throws Exception {
        try (Harness h = Harness.start(Harness.tuning(Harness.FAST), Harness.generousLimiter(),
                inbound -> List.of(Outbound.text("seen"))).polling()) {
            long before = h.say(Staff.ADMIN, Staff.ADMIN, "before the stop");

            h.channel.stopIntake();
            long after = h.api.enqueue(FakeBotApi.text(Staff.ADMIN, Staff.ADMIN, "after the stop"));
            Thread.sleep(300);
            h.channel.messenger().send(new ChatId(Staff.ADMIN), Outbound.text("a last notification"));

            assertThat(h.processed.isProcessed(before)).isTrue();
            assertThat(h.processed.isProcessed(after)).as("not taken: Telegram delivers it to the next start")
                    .isFalse();
            assertThat(h.api.hasUnconfirmedBeyond(after)).isTrue();
            assertThat(h.api.shown(Staff.ADMIN)).extracting(c -> c.param("text"))
                    .containsExactly("seen", "a last notification");
            assertThatThrownBy(h.channel::startPolling).isInstanceOf(IllegalStateException.class);
        }
    }
}
