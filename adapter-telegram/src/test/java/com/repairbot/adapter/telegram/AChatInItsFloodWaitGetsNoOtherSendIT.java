package com.repairbot.adapter.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.adapter.telegram.FakeBotApi.Call;
import com.repairbot.adapter.telegram.FakeBotApi.Fault;
import com.repairbot.application.conversation.Outbound;
import com.repairbot.domain.staff.ChatId;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Defect found with the load rig under injected 429s (issue 19, the p429 scenario's leftovers): a 429's
 * {@code retry_after} held back only the send that drew it. Telegram's flood wait is the chat's: any other send to
 * that chat before it ends is refused again (the rig counted 32–46 such "429 during flood wait" a run). Worst, the
 * answer a person waits for went out at once behind a refused announcement, drew a 429 of its own and came a
 * second after the announcement's retry instead of first, at the wait's end.
 */
class AChatInItsFloodWaitGetsNoOtherSendIT {

    private static final long A = 7001;

    @Test
    void the_answer_waits_for_the_end_of_the_flood_wait_an_announcement_drew_and_then_goes_first() throws Exception {
        IntakeIT.Recording app = new IntakeIT.Recording();
        try (Harness h = Harness.start(Harness.tuning(Harness.FAST), Harness.generousLimiter(), app).polling()) {
            h.api.fail("sendMessage", new Fault.TooManyRequests(1));
            // an announcement to the person (the outbox's way out) draws the 429: the chat's flood wait begins
            CompletableFuture<Void> news = CompletableFuture.runAsync(
                    () -> h.channel.messenger().send(new ChatId(A), Outbound.text("🆕 Новая заявка #1")));
            Call refused = h.api.awaitCall("sendMessage", c -> c.chat() == A && c.status() == 429,
                    Duration.ofSeconds(5));
            // the person writes meanwhile: the answer they wait for is owed to a chat in its flood wait
            long id = h.api.enqueue(FakeBotApi.text(A, A, "next step"));
            news.get(10, TimeUnit.SECONDS);
            h.settle(id);

            List<Call> toA = h.api.calls("sendMessage").stream().filter(c -> c.chat() == A).toList();
            assertThat(toA).extracting(Call::status).as("no second 429: nothing went during the wait")
                    .containsExactly(429, 200, 200);
            for (Call later : toA.subList(1, toA.size())) {
                assertThat(later.nanos() - refused.nanos()).as("sent after the chat's retry_after")
                        .isGreaterThanOrEqualTo(TimeUnit.SECONDS.toNanos(1));
            }
            assertThat(h.textsSince(A, 0)).as("the answer first, at the wait's end, then the announcement")
                    .containsExactly("ok next step", "🆕 Новая заявка #1");
        }
    }
}
