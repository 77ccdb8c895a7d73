package com.repairbot.adapter.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.adapter.telegram.ReplyJournal.Recorded;
import com.repairbot.application.conversation.Outbound;
import com.repairbot.application.memory.InMemoryProcessedUpdates;
import com.repairbot.application.port.out.OwedReplies;
import com.repairbot.application.port.out.ProcessedUpdates;
import com.repairbot.application.port.out.StoreUnavailableException;
import com.repairbot.application.testing.ForwardingProcessedUpdates;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The reply journal writes the entries of the updates handled together in one durable write (ADR 0038): when the
 * update lanes have nothing else to run, or once an entry has waited the linger, whichever comes first.
 */
class UpdatesHandledTogetherAreJournaledTogetherTest {

    private static final int CHATS = 4;
    private final ExecutorService lanesThreads = Executors.newFixedThreadPool(CHATS);
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final List<List<Long>> writes = new CopyOnWriteArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private FakeBotApi telegram;
    private TelegramApi api;
    private MessageSender sender;

    @BeforeEach
    void start() throws Exception {
        telegram = new FakeBotApi();
        api = new TelegramApi(new TelegramConfig(telegram.url(), FakeBotApi.TOKEN, Duration.ofSeconds(2), 100),
                Harness.tuning(Harness.FAST));
        SendScheduler scheduler = new SendScheduler(Harness.FAST, api.retryRule(), lanesThreads, 1, System::nanoTime);
        sender = new MessageSender(api, new TelegramRenderer(new ReplyKeyboards()), scheduler,
                new GroupUpgrades(move -> { }));
    }

    @AfterEach
    void stop() {
        release.countDown();
        lanesThreads.shutdownNow();
        timer.shutdownNow();
        telegram.close();
    }

    @Test
    void the_entries_of_updates_handled_at_once_are_written_in_one_write_when_the_lanes_have_nothing_else_to_run()
            throws Exception {
        // a linger far longer than the test: only the lanes' idle moment can write the entries
        ReplyJournal journal = journal(new Counting(), Duration.ofMinutes(5));
        ChatLanes lanes = new ChatLanes(lanesThreads, 100, journal::writeWaitingQuietly);
        CountDownLatch allRunning = new CountDownLatch(CHATS);

        List<CompletableFuture<Recorded>> recorded = new ArrayList<>();
        for (int chat = 1; chat <= CHATS; chat++) {
            long id = 100 + chat;
            long inChat = chat;
            recorded.add(lanes.submitAsync(inChat, () -> {
                allRunning.countDown();
                await(allRunning); // every update is being handled before any is journaled
                return journal.record(id, inChat, List.of(Outbound.text("ответ " + id)), OptionalInt.empty());
            }));
        }

        for (CompletableFuture<Recorded> one : recorded) {
            assertThat(one.get(10, TimeUnit.SECONDS)).isEqualTo(Recorded.RECORDED);
        }
        assertThat(writes).as("one write for the four updates").hasSize(1);
        assertThat(writes.get(0)).containsExactlyInAnyOrder(101L, 102L, 103L, 104L);
    }

    @Test
    void an_entry_waits_no_longer_than_the_linger_while_another_update_is_still_being_handled() throws Exception {
        ReplyJournal journal = journal(new Counting(), Duration.ofMillis(20));
        ChatLanes lanes = new ChatLanes(lanesThreads, 100, journal::writeWaitingQuietly);
        CountDownLatch slowStarted = new CountDownLatch(1);
        CompletableFuture<Recorded> slow = lanes.submitAsync(1, () -> {
            slowStarted.countDown();
            await(release); // a slow store, a chat lock held elsewhere: the lanes are never idle meanwhile
            return journal.record(201, 1, List.of(Outbound.text("поздно")), OptionalInt.empty());
        });
        slowStarted.await(10, TimeUnit.SECONDS);

        CompletableFuture<Recorded> quick = lanes.submitAsync(2, () ->
                journal.record(202, 2, List.of(Outbound.text("сразу")), OptionalInt.empty()));

        assertThat(quick.get(10, TimeUnit.SECONDS)).isEqualTo(Recorded.RECORDED);
        assertThat(slow).isNotDone();
        assertThat(writes).containsExactly(List.of(202L));
        release.countDown();
        assertThat(slow.get(10, TimeUnit.SECONDS)).isEqualTo(Recorded.RECORDED);
    }

    @Test
    void when_the_store_fails_every_entry_of_the_write_is_told_so_and_none_is_recorded() throws Exception {
        InMemoryProcessedUpdates store = new InMemoryProcessedUpdates();
        ReplyJournal journal = journal(new ForwardingProcessedUpdates(store) {
            @Override
            public Set<Long> markProcessed(List<OwedReplies> owed, Instant at, String owner, Duration hold) {
                throw new StoreUnavailableException("the database is closed", null);
            }
        }, Duration.ofMinutes(5));
        ChatLanes lanes = new ChatLanes(lanesThreads, 100, journal::writeWaitingQuietly);

        CompletableFuture<Recorded> one = lanes.submitAsync(1, () ->
                journal.record(301, 1, List.of(Outbound.text("а")), OptionalInt.empty()));

        assertThat(one.get(10, TimeUnit.SECONDS)).isEqualTo(Recorded.FAILED);
        assertThat(store.isProcessed(301)).isFalse();
    }

    @Test
    void an_update_recorded_before_is_told_it_is_a_duplicate() throws Exception {
        Counting store = new Counting();
        ReplyJournal journal = journal(store, Duration.ofMinutes(5));
        ChatLanes lanes = new ChatLanes(lanesThreads, 100, journal::writeWaitingQuietly);
        assertThat(lanes.submitAsync(1, () -> journal.record(401, 1, List.of(Outbound.text("первый")),
                OptionalInt.empty())).get(10, TimeUnit.SECONDS)).isEqualTo(Recorded.RECORDED);

        assertThat(lanes.submitAsync(1, () -> journal.record(401, 1, List.of(Outbound.text("второй")),
                OptionalInt.empty())).get(10, TimeUnit.SECONDS)).isEqualTo(Recorded.DUPLICATE);
    }

    private ReplyJournal journal(ProcessedUpdates store, Duration linger) {
        return new ReplyJournal(store, sender, api, Clock.systemUTC(), timer, chat -> { }, linger,
                Duration.ofMillis(ReplyJournal.FLUSH_MILLIS));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Notes the ids of each write. */
    private final class Counting extends ForwardingProcessedUpdates {
        Counting() {
            super(new InMemoryProcessedUpdates());
        }

        @Override
        public Set<Long> markProcessed(List<OwedReplies> owed, Instant at, String owner, Duration hold) {
            writes.add(owed.stream().map(OwedReplies::updateId).toList());
            return super.markProcessed(owed, at, owner, hold);
        }
    }
}
