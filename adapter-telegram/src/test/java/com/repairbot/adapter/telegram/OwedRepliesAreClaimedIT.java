package com.repairbot.adapter.telegram;

import static com.repairbot.adapter.telegram.Staff.DISPATCHER;
import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.adapter.telegram.OwedCodec.Owed;
import com.repairbot.application.conversation.Outbound;
import com.repairbot.application.memory.InMemoryLocks;
import com.repairbot.application.port.out.OwedReplies;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * Owed replies are claimed, not resent blindly at a start (issue 17, ADR 0034). A start once resent every reply
 * still owed in the shared table, including those a living instance was sending at that moment (a dispatcher got
 * "мастер назначен" twice), and a killed instance's replies waited for some instance to start.
 */
class OwedRepliesAreClaimedIT {

    private static final long ADMIN = 1000;

    @Test
    void a_dead_instances_replies_go_out_once_their_hold_passed_and_a_living_ones_are_left_to_it() throws Exception {
        // one of several instances: webhooks and shared chat locks (a polling instance is the only one: ADR 0034)
        try (Harness h = Harness.start(Harness.tuning(Harness.FAST), Harness.generousLimiter(), null,
                new InMemoryLocks(Clock.systemUTC()))) {
            Instant now = Instant.now();
            // killed a while ago: its hold has passed; alive: it holds its replies and renews them
            h.processed.markProcessed(owed(9001, DISPATCHER, "ответ убитого экземпляра"),
                    now.minus(ReplyJournal.HOLD), "killed-instance", ReplyJournal.HOLD);
            h.processed.markProcessed(owed(9002, ADMIN, "ответ живого экземпляра"), now, "living-instance",
                    ReplyJournal.HOLD);

            h.channel.verify();
            h.channel.startWebhook(URI.create("https://bot.example.com/tg/hook"), "several-instances", 0);

            FakeBotApi.await(Harness.WAIT, () -> h.textsSince(DISPATCHER, 0).contains("ответ убитого экземпляра"),
                    "the killed instance's reply, without its restart");
            FakeBotApi.await(Harness.WAIT, () -> h.processed.repliesOwed(10).size() == 1, "its sent mark");
            assertThat(h.textsSince(DISPATCHER, 0)).containsOnlyOnce("ответ убитого экземпляра");
            assertThat(h.textsSince(ADMIN, 0)).as("the living instance sends its own").isEmpty();
            assertThat(h.processed.repliesOwed(10)).extracting(OwedReplies::updateId).containsExactly(9002L);
        }
    }

    private static OwedReplies owed(long update, long chat, String text) {
        return new OwedReplies(update, chat, OwedCodec.encode(new Owed(List.of(Outbound.text(text)),
                OptionalInt.empty())));
    }
}
