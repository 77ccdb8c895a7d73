package com.repairbot.adapter.telegram;

import static com.repairbot.adapter.telegram.Staff.DISPATCHER;
import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.application.conversation.Inbound;
import com.repairbot.application.conversation.Outbound;
import com.repairbot.application.port.in.HandleInboundResult;
import com.repairbot.application.port.in.HandleInboundUseCase;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, item 8: an update the application answered "temporarily unavailable" (a store did not answer) was
 * counted as handled, and {@code updates_failed_total} stayed 0. It counts as failed now, with a log line, and the
 * person still gets the answer.
 */
class AnUpdateAnsweredUnavailableCountsAsFailedIT {

    /** An application whose store is down for the text "down". */
    static final class HalfDown implements HandleInboundUseCase {
        @Override
        public List<Outbound> handle(Inbound inbound) {
            return handleWithOutcome(inbound).replies();
        }

        @Override
        public HandleInboundResult handleWithOutcome(Inbound inbound) {
            boolean down = inbound.input().toString().contains("down");
            return new HandleInboundResult(List.of(Outbound.text(down ? "Сервис временно недоступен" : "ok")), down);
        }
    }

    @Test
    void an_answer_that_a_store_is_unavailable_is_counted_failed_logged_and_still_sent() throws Exception {
        try (Harness h = Harness.start(Harness.tuning(Harness.FAST), Harness.generousLimiter(), new HalfDown())
                .polling()) {
            h.say(DISPATCHER, DISPATCHER, "fine");
            long down = h.say(DISPATCHER, DISPATCHER, "down");

            assertThat(h.counts.handled.get()).isEqualTo(1);
            assertThat(h.counts.failed.get()).isEqualTo(1);
            assertThat(h.api.lastShown(DISPATCHER).param("text")).isEqualTo("Сервис временно недоступен");
            assertThat(h.logs.lines()).anyMatch(line -> line.contains("update " + down)
                    && line.contains("a store is unavailable; answered so"));
        }
    }
}
