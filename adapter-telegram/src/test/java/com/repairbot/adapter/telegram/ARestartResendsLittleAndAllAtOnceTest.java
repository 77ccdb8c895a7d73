package com.repairbot.adapter.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.adapter.telegram.OwedCodec.Owed;
import com.repairbot.application.conversation.Outbound;
import com.repairbot.application.memory.InMemoryProcessedUpdates;
import com.repairbot.application.port.out.OwedReplies;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two defects the load rig's kill -9 runs showed as replies to long-answered questions (a dialog's "Шаг 2 из 8" at
 * its step 8, another dialog's "✅ Заявка #5060 создана." in the middle of the next one), which made the rig press
 * stale buttons and take old numbers for new ones:
 * <ul>
 *   <li>the sent marks were written only every 100 ms, so a kill under load left about 400 updates owed although
 *       their replies had gone out, and the next start sent them all again;</li>
 *   <li>a sole start claimed one batch (200) of what the process before it left owed; the rest waited for their
 *       holds, which that process had renewed until it died — up to 15 s more.</li>
 * </ul>
 */
class ARestartResendsLittleAndAllAtOnceTest {

    private final ExecutorService senders = Executors.newFixedThreadPool(4);
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final InMemoryProcessedUpdates store = new InMemoryProcessedUpdates();
    private FakeBotApi telegram;
    private SendScheduler scheduler;
    private ReplyJournal journal;

    @AfterEach
    void stop() {
        if (journal != null) {
            journal.close();
        }
        if (scheduler != null) {
            scheduler.close(TimeUnit.SECONDS.toNanos(1));
        }
        senders.shutdownNow();
        timer.shutdownNow();
        if (telegram != null) {
            telegram.close();
        }
    }

    @Test
    void a_sole_start_sends_everything_the_process_before_left_owed_at_once_not_a_batch_and_the_rest_after_the_hold()
            throws Exception {
        int owedByTheDead = 450; // more than two claim batches
        List<OwedReplies> owed = new ArrayList<>();
        for (long update = 1; update <= owedByTheDead; update++) {
            owed.add(new OwedReplies(update, 1000 + update, OwedCodec.encode(
                    new Owed(List.of(Outbound.text("Шаг 3 из 8")), OptionalInt.empty()))));
        }
        // the killed process held them until a moment before it died plus the hold: not passed yet
        store.markProcessed(owed, Instant.now(), "killed-process", ReplyJournal.HOLD);
        journal = journal(Duration.ofMillis(ReplyJournal.FLUSH_MILLIS));

        journal.start(true);

        within(Duration.ofSeconds(8), () -> assertThat(
                LongStream.rangeClosed(1, owedByTheDead).filter(u -> telegram.shown(1000 + u).isEmpty()).count())
                .as("chats still without the reply owed to them (a hold is 15 s)").isZero());
        within(Duration.ofSeconds(5), () -> assertThat(store.repliesOwed(10)).isEmpty());
    }

    @Test
    void the_sent_marks_are_written_as_soon_as_a_batch_waits_not_only_at_the_next_tick() throws Exception {
        Duration never = Duration.ofHours(1);
        journal = journal(never); // no tick within the test: only a full batch writes the marks
        List<Outbound> replies = List.of(Outbound.text("Шаг 5 из 8"));
        for (long update = 1; update <= ReplyJournal.MARK_BATCH; update++) {
            assertThat(journal.record(update, 2000 + update, replies, OptionalInt.empty()).get(10, TimeUnit.SECONDS))
                    .isEqualTo(ReplyJournal.Recorded.RECORDED);
            journal.send(update, 2000 + update, replies, OptionalInt.empty(), true);
        }

        within(Duration.ofSeconds(8), () -> assertThat(store.repliesOwed(1000))
                .as("sent, and marked so: a kill now would send none of them again").isEmpty());
        assertThat(LongStream.rangeClosed(1, ReplyJournal.MARK_BATCH)
                .filter(u -> telegram.shown(2000 + u).size() != 1).count()).isZero();
    }

    /** Checks until it passes, at most {@code atMost}; then once more, letting its failure out. */
    private static void within(Duration atMost, Runnable check) throws InterruptedException {
        long until = System.nanoTime() + atMost.toNanos();
        while (System.nanoTime() - until < 0) {
            try {
                check.run();
                return;
            } catch (AssertionError notYet) {
                TimeUnit.MILLISECONDS.sleep(20);
            }
        }
        check.run();
    }

    private ReplyJournal journal(Duration flushEvery) throws Exception {
        telegram = new FakeBotApi();
        TelegramApi api = new TelegramApi(new TelegramConfig(telegram.url(), FakeBotApi.TOKEN, Duration.ofSeconds(2),
                100), Harness.tuning(Tuning.SendLimits.none()));
        scheduler = new SendScheduler(Tuning.SendLimits.none(), api.retryRule(), senders, 4, System::nanoTime);
        scheduler.start();
        MessageSender sender = new MessageSender(api, new TelegramRenderer(new ReplyKeyboards()), scheduler,
                new GroupUpgrades(move -> { }));
        return new ReplyJournal(store, sender, api, Clock.systemUTC(), timer, chat -> { }, Duration.ofMillis(1),
                flushEvery);
    }
}
