package com.repairbot.adapter.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.repairbot.application.conversation.Outbound;
import com.repairbot.application.memory.InMemoryProcessedUpdates;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Defect: a reply whose send ended just as the channel closed — the send scheduler had let its line go, the
 * journal's "sent" mark not yet noted — was flushed by nobody: the journal's close wrote the marks it had and let
 * the rest go, and the next start sent the reply again (most likely the repeated "Шаг 5 из 8" after a graceful stop
 * that failed {@code GracefulShutdownIT} in a loaded fresh-clone build). The journal's close now waits for the replies under
 * way (bounded) before its last write.
 */
class AReplySentAsTheJournalClosesIsMarkedSentTest {

    private final CountDownLatch senderFree = new CountDownLatch(1);
    private final ExecutorService workers = Executors.newSingleThreadExecutor();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private FakeBotApi telegram;
    private SendScheduler scheduler;

    @AfterEach
    void stop() {
        senderFree.countDown();
        if (scheduler != null) {
            scheduler.close(TimeUnit.SECONDS.toNanos(1));
        }
        workers.shutdownNow();
        timer.shutdownNow();
        if (telegram != null) {
            telegram.close();
        }
    }

    @Test
    void a_reply_whose_send_ends_while_the_journal_closes_is_marked_sent_not_left_owed() throws Exception {
        telegram = new FakeBotApi();
        TelegramApi api = new TelegramApi(new TelegramConfig(telegram.url(), FakeBotApi.TOKEN, Duration.ofSeconds(2),
                100), Harness.tuning(Harness.FAST));
        workers.execute(() -> { // the only sender is busy: the reply's send waits for it
            try {
                senderFree.await();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        });
        scheduler = new SendScheduler(Harness.FAST, api.retryRule(), workers, 4, System::nanoTime);
        scheduler.start();
        MessageSender sender = new MessageSender(api, new TelegramRenderer(new ReplyKeyboards()), scheduler,
                new GroupUpgrades(move -> { }));
        InMemoryProcessedUpdates store = new InMemoryProcessedUpdates();
        ReplyJournal journal = new ReplyJournal(store, sender, api, Clock.systemUTC(), timer, chat -> { });
        List<Outbound> replies = List.of(Outbound.text("Шаг 5 из 8"));
        // written within the journal's linger: no lanes here to say that nothing else is coming
        assertThat(journal.record(7, 42, replies, OptionalInt.empty()).get(10, TimeUnit.SECONDS))
                .isEqualTo(ReplyJournal.Recorded.RECORDED);
        journal.send(7, 42, replies, OptionalInt.empty(), true);

        CompletableFuture<Void> closing = CompletableFuture.runAsync(journal::close);
        assertThatThrownBy(() -> closing.get(300, TimeUnit.MILLISECONDS)).as("the close waits for the reply under way")
                .isInstanceOf(TimeoutException.class);
        senderFree.countDown(); // the send goes out now, while the journal closes
        closing.get(10, TimeUnit.SECONDS);

        assertThat(telegram.shown(42)).hasSize(1);
        assertThat(store.repliesOwed(10)).as("sent, so owed no more: a restart sends nothing again").isEmpty();
    }
}
