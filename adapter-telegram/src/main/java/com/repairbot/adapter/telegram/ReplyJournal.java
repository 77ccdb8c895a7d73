package com.repairbot.adapter.telegram;

import com.repairbot.adapter.telegram.OwedCodec.Owed;
import com.repairbot.adapter.telegram.SendScheduler.Priority;
import com.repairbot.adapter.telegram.TelegramCallException.Kind;
import com.repairbot.application.conversation.Outbound;
import com.repairbot.application.port.out.OwedReplies;
import com.repairbot.application.port.out.ProcessedUpdates;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the bot owes in answer to updates, kept durably until it went out (ADR 0017). An update's replies are
 * written with its processed record in one durable write ({@link #record}); from then on the update may be
 * confirmed to Telegram while its replies wait their turn in the send scheduler, paced per chat, so no chat
 * waits for another. Once every reply was sent, or refused for good, the entry is marked sent; these marks are
 * collected and written together every {@value #FLUSH_MILLIS} ms, or as soon as {@value #MARK_BATCH} wait (one
 * write for many updates). A reply that could not go out within the retry budget (Telegram down) is tried again
 * later, with a growing pause, for as long as the process lives.
 *
 * <p>The replies are held by this journal (its {@link #owner() owner id}) for {@link #HOLD}, and the hold is
 * renewed every {@link #CLAIM_EVERY} while they are being sent, until their sent mark is written (ADR 0034).
 * Every {@link #CLAIM_EVERY} the journal also claims the owed replies whose hold has passed — those of an instance
 * that was killed, or of this process before a restart — and sends them. So another instance's replies are
 * never sent from here while it lives, and a dead one's go out within {@link #HOLD} without waiting for a
 * restart; at the start of the only instance, all that the process before it left owed is claimed at once. The
 * price of a crash is at most a reply sent twice (sent, but its mark not yet written), never a reply lost.
 */
final class ReplyJournal implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ReplyJournal.class);
    static final int FLUSH_MILLIS = 100;
    /**
     * Sent marks written at once when this many wait, not at the next {@link #FLUSH_MILLIS} tick: under load (the rig:
     * 4,000 answered updates a second) a kill -9 otherwise left a tick's worth — about 400 updates — owed although
     * sent, and the next start sent them all again.
     */
    static final int MARK_BATCH = 64;
    /** The most batches a sole start claims at once (all that a process that is gone left owed, in practice). */
    private static final int START_CLAIM_ROUNDS = 100;
    /** The most entries one journal write takes: the lanes' capacity is of the same order. */
    static final int BATCH_MAX = 128;
    /** The longest an entry waits for others to be written with (ADR 0038). */
    static final Duration LINGER = Duration.ofMillis(5);
    private static final int RESEND_BATCH = 1000;
    /** How long owed replies stay this journal's without a renewal: what a killed instance's replies wait. */
    static final Duration HOLD = Duration.ofSeconds(15);
    /** How often the holds are renewed and the owed replies whose hold has passed are claimed. */
    static final Duration CLAIM_EVERY = Duration.ofSeconds(3);
    private static final int CLAIM_BATCH = 200;
    /** The pauses between later attempts: from about 5 s, growing to about 5 min (the channel's one formula). */
    private static final Tuning.RetrySettings LATER = new Tuning.RetrySettings(Duration.ofSeconds(10),
            Duration.ofMinutes(5), Integer.MAX_VALUE, Duration.ofMinutes(5));

    /** What became of writing an update's replies into the journal. */
    enum Recorded {
        /** Written: the update may be confirmed, its replies go out from the journal. */
        RECORDED,
        /** The update was recorded before (another delivery of it got there first): its replies are owed already. */
        DUPLICATE,
        /** The store failed: nothing was written. */
        FAILED
    }

    private final ProcessedUpdates store;
    private final MessageSender sender;
    private final TelegramApi api;
    private final Clock clock;
    private final ScheduledExecutorService timer;
    private final ConcurrentLinkedQueue<Long> sent = new ConcurrentLinkedQueue<>();
    /** How many ids {@link #sent} holds (its {@code size()} walks the queue). */
    private final AtomicInteger marksWaiting = new AtomicInteger();
    /** Entries waiting to be written together; guards {@link #lingering} too. */
    private final List<Entry> waiting = new ArrayList<>();
    private ScheduledFuture<?> lingering;
    private final Duration linger;
    /**
     * Updates whose replies this journal holds: being sent, waiting for a later attempt, or sent with the mark not
     * yet written. Their holds are renewed; a claim never sends them again from here.
     */
    private final Set<Long> owned = ConcurrentHashMap.newKeySet();
    private final String owner = UUID.randomUUID().toString();
    private final ScheduledFuture<?> flusher;
    private ScheduledFuture<?> claimer;
    private volatile boolean closed;
    /** Sends queued and not yet settled. */
    private final AtomicInteger underway = new AtomicInteger();
    /** How long a close waits for the replies being sent to note their marks (the channel closed its sends first). */
    private static final Duration SETTLE_AT_CLOSE = Duration.ofSeconds(2);
    private final LongConsumer lost;

    /**
     * @param lost told, on the timer's thread, of a chat that refused a reply for good (blocked by the person, the bot
     *             removed from the group): the application marks it as a refused notification would
     */
    ReplyJournal(ProcessedUpdates store, MessageSender sender, TelegramApi api, Clock clock,
                 ScheduledExecutorService timer, LongConsumer lost) {
        this(store, sender, api, clock, timer, lost, LINGER, Duration.ofMillis(FLUSH_MILLIS));
    }

    /**
     * @param linger     the longest an entry waits for others to be written with ({@link #LINGER}; tests choose)
     * @param flushEvery how often the sent marks are written when fewer than {@link #MARK_BATCH} wait
     *                   ({@value #FLUSH_MILLIS} ms; tests choose)
     */
    ReplyJournal(ProcessedUpdates store, MessageSender sender, TelegramApi api, Clock clock,
                 ScheduledExecutorService timer, LongConsumer lost, Duration linger, Duration flushEvery) {
        this.linger = linger;
        this.lost = lost;
        this.store = store;
        this.sender = sender;
        this.api = api;
        this.clock = clock;
        this.timer = timer;
        this.flusher = timer.scheduleWithFixedDelay(this::flushQuietly, flushEvery.toNanos(), flushEvery.toNanos(),
                TimeUnit.NANOSECONDS);
    }

    /**
     * Writes the update as handled with the replies it owes, together with the entries of the other updates
     * handled meanwhile (ADR 0038): the entry waits until the update lanes have nothing else to run
     * ({@link #writeWaiting()}), until {@value #BATCH_MAX} entries wait, or at most {@link #LINGER}, whichever comes
     * first; then one durable write takes them all.
     *
     * @return completes once written (or once the write failed: {@link Recorded#FAILED}), never exceptionally
     */
    CompletableFuture<Recorded> record(long updateId, long chat, List<Outbound> replies, OptionalInt replaceable) {
        Entry entry;
        try {
            entry = new Entry(new OwedReplies(updateId, chat, OwedCodec.encode(new Owed(replies, replaceable))),
                    new CompletableFuture<>());
        } catch (RuntimeException unwritable) {
            log.warn("update {}: its replies cannot be journaled; they are sent before it is confirmed: {}",
                    updateId, unwritable.getClass().getSimpleName());
            return CompletableFuture.completedFuture(Recorded.FAILED);
        }
        List<Entry> full = null;
        synchronized (waiting) {
            waiting.add(entry);
            if (waiting.size() >= BATCH_MAX || closed) {
                full = takeWaiting();
            } else if (waiting.size() == 1) {
                lingering = scheduleLinger();
            }
        }
        if (full != null) {
            write(full);
        }
        return entry.written();
    }

    /**
     * Writes the entries waiting, in one durable write: called when the update lanes have nothing else to run
     * (no update handled now could join them), and by the linger timer.
     */
    void writeWaiting() {
        List<Entry> batch;
        synchronized (waiting) {
            if (waiting.isEmpty()) {
                return;
            }
            batch = takeWaiting();
        }
        write(batch);
    }

    /** Under {@code waiting}'s lock. */
    private List<Entry> takeWaiting() {
        List<Entry> batch = new ArrayList<>(waiting);
        waiting.clear();
        if (lingering != null) {
            lingering.cancel(false);
            lingering = null;
        }
        return batch;
    }

    /** Under {@code waiting}'s lock. */
    private ScheduledFuture<?> scheduleLinger() {
        try {
            return timer.schedule(this::writeWaitingQuietly, linger.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException closing) {
            return null; // the lanes' idle or the close writes them
        }
    }

    /** {@link #writeWaiting()}, for the timer and the lanes: a failure is logged, never thrown. */
    void writeWaitingQuietly() {
        try {
            writeWaiting();
        } catch (RuntimeException unexpected) {
            log.error("the reply journal's waiting entries could not be written", unexpected);
        }
    }

    private void write(List<Entry> batch) {
        Set<Long> first;
        try {
            first = new HashSet<>(store.markProcessed(batch.stream().map(Entry::owed).toList(), clock.instant(),
                    owner, HOLD));
        } catch (RuntimeException unavailable) {
            log.warn("{} updates: their replies could not be journaled; they are sent before they are confirmed: {}",
                    batch.size(), api.redaction().forLog(String.valueOf(unavailable.getMessage())));
            batch.forEach(entry -> entry.written().complete(Recorded.FAILED));
            return;
        }
        api.events().journalWritten(batch.size());
        for (Entry entry : batch) {
            long id = entry.owed().updateId();
            boolean recorded = first.remove(id); // an id given twice is recorded once
            if (recorded) {
                owned.add(id);
            }
            entry.written().complete(recorded ? Recorded.RECORDED : Recorded.DUPLICATE);
        }
    }

    /** An update's replies waiting to be journaled with others, and who waits for the write. */
    private record Entry(OwedReplies owed, CompletableFuture<Recorded> written) {
    }

    /**
     * Sends an update's replies in its chat's turn; once all went out or were refused for good, the journal entry
     * (if {@code journaled}) is marked sent.
     *
     * @return completes when every reply was sent or given up for now (never exceptionally)
     */
    CompletableFuture<Void> send(long updateId, long chat, List<Outbound> replies, OptionalInt replaceable,
                                 boolean journaled) {
        if (journaled) {
            owned.add(updateId);
        }
        return attempt(updateId, chat, replies, replaceable, journaled, 0);
    }

    private CompletableFuture<Void> attempt(long updateId, long chat, List<Outbound> replies,
                                            OptionalInt replaceable, boolean journaled, int round) {
        List<CompletableFuture<Integer>> parts = new ArrayList<>(replies.size());
        List<Integer> partsOf = new ArrayList<>();
        underway.incrementAndGet();
        try {
            boolean replaced = false;
            for (int i = 0; i < replies.size(); i++) {
                Outbound reply = replies.get(i);
                // a reply that replaces the pressed message does so once: later rounds send it as new
                OptionalInt target = replaced ? OptionalInt.empty() : replaceable;
                replaced |= reply.replacing();
                for (CompletableFuture<Integer> part : sender.send(chat, List.of(reply), target,
                        Priority.INTERACTIVE)) {
                    parts.add(part);
                    partsOf.add(i);
                }
            }
        } catch (RuntimeException closed) {
            log.warn("replies to update {} could not be queued; they stay owed: {}", updateId,
                    api.redaction().forLog(String.valueOf(closed.getMessage())));
            owned.remove(updateId); // no longer renewed: claimed again once its hold has passed
            underway.decrementAndGet();
            return CompletableFuture.completedFuture(null);
        }
        return CompletableFuture.allOf(parts.stream().map(p -> p.handle((id, failure) -> null))
                        .toArray(CompletableFuture[]::new))
                .thenAccept(settled -> {
                    try {
                        settle(updateId, chat, replies, parts, partsOf, journaled, round);
                    } finally {
                        underway.decrementAndGet();
                    }
                });
    }

    private void settle(long updateId, long chat, List<Outbound> replies, List<CompletableFuture<Integer>> parts,
                        List<Integer> partsOf, boolean journaled, int round) {
        List<Outbound> again = new ArrayList<>();
        for (int p = 0; p < parts.size(); p++) {
            Throwable failure = parts.get(p).handle((id, f) -> f).join();
            Outbound reply = replies.get(partsOf.get(p));
            if (failure != null && !refusedForGood(updateId, chat, failure) && !again.contains(reply)) {
                again.add(reply);
            }
        }
        if (again.isEmpty()) {
            done(updateId, journaled);
        } else if (journaled) {
            later(updateId, chat, again, round);
        }
    }

    /** Some replies could not go out within the retry budget: they are tried again later, the entry stays owed. */
    private void later(long updateId, long chat, List<Outbound> again, int round) {
        Duration pause = pause(round);
        log.warn("{} replies to update {} in chat {} could not be sent yet; tried again in {} s", again.size(),
                updateId, chat, Math.max(1, pause.toSeconds()));
        try {
            timer.schedule(() -> {
                if (!closed) { // closed meanwhile: owed still, let go at close and claimed by whoever runs
                    attempt(updateId, chat, again, OptionalInt.empty(), true, round + 1);
                }
            }, pause.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closing) {
            owned.remove(updateId); // owed still: claimed once its hold has passed
        }
    }

    static Duration pause(int round) {
        return Retries.delay(LATER, null, round + 1);
    }

    /** Off the send path: marking the chat is a write. */
    private void tellLost(long chat) {
        try {
            timer.execute(() -> lost.accept(chat));
        } catch (RejectedExecutionException closing) {
            // stopping: the next refused send marks it
        }
    }

    private boolean refusedForGood(long updateId, long chat, Throwable failure) {
        if (failure instanceof TelegramCallException call
                && (call.kind() == Kind.FORBIDDEN || call.kind() == Kind.REJECTED)) {
            api.events().replyRefused(call.kind() == Kind.FORBIDDEN ? "forbidden" : "rejected");
            if (call.kind() == Kind.FORBIDDEN) {
                log.info("chat {} cannot be written to (blocked or left): {}", chat, call.description());
                tellLost(chat);
            } else {
                log.warn("a reply to update {} in chat {} was refused: {}", updateId, chat, call.description());
            }
            return true;
        }
        log.warn("a reply to update {} in chat {} was not sent: {}", updateId, chat,
                api.redaction().forLog(String.valueOf(failure.getMessage())));
        return false;
    }

    private void done(long updateId, boolean journaled) {
        if (journaled) {
            markSent(updateId); // still owned (and renewed) until the mark is written
        }
    }

    /**
     * Claims the owed replies whose hold has passed now, and every {@link #CLAIM_EVERY} from now on, renewing
     * the holds of those this journal works on each time. Called when the channel starts taking updates.
     *
     * @param sole whether this is the only process taking the bot's updates (long polling, or one instance): then
     *             whatever an earlier process holds is owed by a process that is gone, and is claimed at once instead
     *             of {@link #HOLD} later (the person is waiting for it; the load rig's kill -9 runs counted such
     *             replies as never answered)
     */
    synchronized void start(boolean sole) {
        if (claimer != null || closed) {
            return;
        }
        if (sole) {
            timer.execute(() -> {
                try {
                    claim(clock.instant().plus(HOLD), START_CLAIM_ROUNDS);
                } catch (RuntimeException unavailable) {
                    log.warn("the replies owed from before the start could not be claimed: {}",
                            api.redaction().forLog(String.valueOf(unavailable.getMessage())));
                }
            });
        }
        claimer = timer.scheduleWithFixedDelay(this::renewAndClaimQuietly, 0, CLAIM_EVERY.toMillis(),
                TimeUnit.MILLISECONDS);
        log.info("the reply journal holds the replies it sends as {}; those whose hold has passed are claimed every"
                + " {} s", owner, CLAIM_EVERY.toSeconds());
    }

    /** @return who this journal is in the store's holds (random, one per process) */
    String owner() {
        return owner;
    }

    private void renewAndClaimQuietly() {
        try {
            renew();
        } catch (RuntimeException unavailable) {
            log.warn("the holds of the replies being sent could not be renewed: {}",
                    api.redaction().forLog(String.valueOf(unavailable.getMessage())));
        }
        try {
            claimOwed();
        } catch (RuntimeException unavailable) {
            log.warn("the replies still owed could not be claimed: {}",
                    api.redaction().forLog(String.valueOf(unavailable.getMessage())));
        }
    }

    private void renew() {
        List<Long> mine = List.copyOf(owned);
        for (int from = 0; from < mine.size(); from += RESEND_BATCH) {
            store.holdOwed(owner, mine.subList(from, Math.min(mine.size(), from + RESEND_BATCH)),
                    clock.instant().plus(HOLD));
        }
    }

    /**
     * Sends the owed replies whose hold has passed (an instance that died, this process before a restart, a
     * send that could not be queued). A document whose file is gone was sent already (the file is deleted once
     * Telegram has it) and is left out.
     *
     * @return how many updates' replies were queued
     */
    int claimOwed() {
        return claim(clock.instant(), 1);
    }

    /**
     * Claims owed replies whose holds have passed at {@code asOf}, a batch at a time, and sends them.
     *
     * @param asOf   now, for the claims every {@link #CLAIM_EVERY}; at a sole start later than now, so that the holds
     *               of a process that is gone have passed (those claimed then are held until {@code asOf + HOLD}, so
     *               no batch takes one twice)
     * @param rounds at most this many batches: one every {@link #CLAIM_EVERY}; at a sole start everything that process
     *               left owed, instead of one batch now and the rest once the holds it renewed until it died have
     *               passed, up to {@link #HOLD} later — replies to questions long answered, arriving in the middle
     *               of the person's next steps
     * @return how many updates' replies were queued
     */
    private int claim(Instant asOf, int rounds) {
        int queued = 0;
        for (int round = 0; round < rounds && !closed; round++) {
            List<OwedReplies> owed = store.claimOwed(owner, asOf, CLAIM_BATCH, HOLD);
            queued += sendClaimed(owed);
            if (owed.size() < CLAIM_BATCH) {
                break;
            }
        }
        if (queued > 0) {
            log.info("replies owed for {} updates (from before a restart, or of an instance that stopped) are sent"
                    + " now", queued);
        }
        return queued;
    }

    /** @return how many updates' replies were queued */
    private int sendClaimed(List<OwedReplies> owed) {
        int queued = 0;
        for (OwedReplies entry : owed) {
            if (!owned.add(entry.updateId())) {
                continue; // this journal is sending them (its hold had passed unrenewed, the store was down)
            }
            Owed decoded;
            try {
                decoded = OwedCodec.decode(entry.replies());
            } catch (IllegalArgumentException unreadable) {
                log.warn("the replies owed for update {} cannot be read; dropped", entry.updateId());
                markSent(entry.updateId());
                continue;
            }
            List<Outbound> replies = decoded.replies().stream()
                    .filter(reply -> reply.document().map(d -> Files.exists(d.file())).orElse(true)).toList();
            if (replies.isEmpty()) {
                markSent(entry.updateId());
                continue;
            }
            send(entry.updateId(), entry.chat(), replies, decoded.replaceable(), true);
            queued++;
        }
        return queued;
    }

    /**
     * Notes an update's replies as sent, for the next write of the marks: at once, on the timer, when
     * {@link #MARK_BATCH} wait.
     */
    private void markSent(long updateId) {
        sent.add(updateId);
        if (marksWaiting.incrementAndGet() == MARK_BATCH) {
            try {
                timer.execute(this::flushQuietly);
            } catch (RejectedExecutionException closing) {
                // the close writes the last marks
            }
        }
    }

    /**
     * @return whether no reply is on its way (those waiting for a later attempt aside) and every sent mark was
     *         written
     */
    boolean settled() {
        return underway.get() == 0 && sent.isEmpty();
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException failure) {
            log.warn("sent replies could not be marked (tried again): {}",
                    api.redaction().forLog(String.valueOf(failure.getMessage())));
        }
    }

    /** Writes the sent marks collected so far, in one write; they stay for the next flush when it fails. */
    void flush() {
        List<Long> batch = new ArrayList<>();
        for (Long id = sent.peek(); id != null && batch.size() < RESEND_BATCH; id = sent.peek()) {
            batch.add(id);
            sent.poll();
        }
        if (batch.isEmpty()) {
            return;
        }
        marksWaiting.addAndGet(-batch.size());
        try {
            store.repliesSent(batch);
        } catch (RuntimeException failure) {
            sent.addAll(batch);
            marksWaiting.addAndGet(batch.size());
            throw failure;
        }
        batch.forEach(owned::remove);
    }

    /**
     * Waits, at most {@code atMost}, for the replies being sent to be settled: a send that ended as the channel
     * closed notes its "sent" mark a moment after the send scheduler let its line go, and a last write made before
     * that left the reply owed, to be sent again by the next start.
     */
    private void awaitUnderway(Duration atMost) {
        long until = System.nanoTime() + atMost.toNanos();
        while (underway.get() > 0 && System.nanoTime() - until < 0) {
            try {
                TimeUnit.MILLISECONDS.sleep(2);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * Stops the pauses and the claims and writes the last marks; replies not sent by now stay owed and are let
     * go, so that whoever runs (another instance, this one started again) claims them at once.
     */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            if (claimer != null) {
                claimer.cancel(false);
            }
        }
        flusher.cancel(false);
        writeWaiting(); // recorded now, or failed: their senders fall back to sending first
        awaitUnderway(SETTLE_AT_CLOSE);
        flushQuietly();
        try {
            List<Long> unsent = List.copyOf(owned);
            if (!unsent.isEmpty()) {
                store.holdOwed(owner, unsent, clock.instant());
            }
        } catch (RuntimeException unavailable) {
            log.warn("the replies still owed could not be let go (claimed when their hold has passed): {}",
                    api.redaction().forLog(String.valueOf(unavailable.getMessage())));
        }
    }
}
