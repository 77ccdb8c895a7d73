package com.repairbot.adapter.telegram;

import com.pengrad.telegrambot.model.Update;
import com.pengrad.telegrambot.request.AnswerCallbackQuery;
import com.pengrad.telegrambot.request.GetChat;
import com.repairbot.adapter.telegram.SendScheduler.Priority;
import com.repairbot.adapter.telegram.TelegramCallException.Kind;
import com.repairbot.adapter.telegram.UpdateMapper.Incoming;
import com.repairbot.application.conversation.Outbound;
import com.repairbot.application.port.in.HandleInboundResult;
import com.repairbot.application.port.in.HandleInboundUseCase;
import com.repairbot.application.port.out.HeldLock;
import com.repairbot.application.port.out.ProcessedUpdates;
import com.repairbot.application.port.out.StoreUnavailableException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.LongFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where every update comes in, by long polling or webhook: a re-delivered update is recognised by its id and
 * has no second effect; a button press is answered at once, as its work starts (ADR 0010); a user who floods is
 * slowed down; the update is handled in its chat's lane (in order within the chat, chats in parallel), recorded
 * as processed together with the replies it owes (the reply journal), and reported done, so that polling confirms
 * only updates whose answers cannot be lost; the replies then go out in their chat's turn (ADR 0017). With
 * several instances the chat's shared lock is held meanwhile (ADR 0018). An update that cannot be read is set
 * aside; a failing handler is logged and the person told; neither ever stops the intake.
 */
final class UpdateIntake {

    private static final Logger log = LoggerFactory.getLogger(UpdateIntake.class);

    /** What became of an update. */
    enum Outcome {
        HANDLED,
        /** Seen before (processed, or being handled right now). */
        DUPLICATE,
        /** Nothing to read in it (an edit, a service message...). */
        IGNORED,
        /** Dropped by the flood protection. */
        DROPPED,
        /** The handler failed; logged, the person told, recorded as processed. */
        FAILED,
        /** It could not be checked or recorded (a store is down): not handled, to be delivered again. */
        UNAVAILABLE,
        /** It could not be read: set aside (logged once, counted) so that it holds nothing up. */
        PARKED
    }

    private final TelegramApi api;
    private final UpdateMapper mapper;
    private final GroupUpgrades upgrades;
    private final MembershipReports memberships;
    private final HandleInboundUseCase application;
    private final ProcessedUpdates processed;
    private final FloodGuard flood;
    private final ReplyJournal journal;
    private final ChatLanes lanes;
    private final Clock clock;
    private final Executor answers;
    /** The updates being handled in this process, each with what will become of it. */
    private final Map<Long, CompletableFuture<Outcome>> inProgress = new ConcurrentHashMap<>();
    /** Per-chat locks shared with the other instances, when several run (ADR 0018); {@code null} for one. */
    private final ChatLocks chatLocks;
    /** Tells the sending side that a chat's answer is on its way (its notifications wait behind it). */
    private final LongFunction<Runnable> expectReply;

    UpdateIntake(TelegramApi api, UpdateMapper mapper, GroupUpgrades upgrades, MembershipReports memberships,
                 HandleInboundUseCase application, ProcessedUpdates processed, FloodGuard flood, ReplyJournal journal,
                 ChatLanes lanes, Clock clock, ChatLocks chatLocks, Executor answers,
                 LongFunction<Runnable> expectReply) {
        this.expectReply = expectReply;
        this.api = api;
        this.memberships = memberships;
        this.mapper = mapper;
        this.upgrades = upgrades;
        this.application = application;
        this.processed = processed;
        this.flood = flood;
        this.journal = journal;
        this.lanes = lanes;
        this.clock = clock;
        this.chatLocks = chatLocks;
        this.answers = answers;
    }

    /**
     * Takes an update in.
     *
     * @param mustRecord whether an update that cannot be checked against the processed ones is refused
     *                   ({@link Outcome#UNAVAILABLE}, the webhook answers 503) rather than handled anyway
     *                   (long polling cannot ask for one update again)
     * @return what became of it, once it was handled
     * @throws RejectedExecutionException when too many updates are in flight
     */
    CompletableFuture<Outcome> accept(Update update, boolean mustRecord) {
        return accept(update, mustRecord, true);
    }

    /**
     * The highest update id long polling must look up among the processed ones (ADR 0037). The only process taking
     * the bot's updates by long polling (one consumer per token, no shared locks) can have handled an update above
     * the highest recorded when it starts only since then, itself: it recognises those repeats by its own bookkeeping
     * (the updates in progress here, polling's {@link Unconfirmed}), so asking the store about them would find nothing.
     * With several instances every update is looked up (ADR 0018), and so is it when the store cannot say.
     *
     * @return the id up to which updates are looked up; {@link Long#MAX_VALUE}: every one
     */
    long lookUpTo() {
        if (chatLocks != null) {
            return Long.MAX_VALUE;
        }
        try {
            OptionalLong highest = processed.highestRecorded();
            log.info("updates above {} were not handled before this start: their repeats are recognised here",
                    highest.isPresent() ? highest.getAsLong() : "none");
            return highest.orElse(Long.MIN_VALUE);
        } catch (RuntimeException unavailable) {
            log.warn("the highest update recorded cannot be read; every update is looked up",
                    api.redaction().forLog(unavailable));
            return Long.MAX_VALUE;
        }
    }

    /**
     * Takes an update in.
     *
     * @param mustRecord  as {@link #accept(Update, boolean)}
     * @param mayBeRecorded whether the update may have been recorded by an earlier process (see {@link #lookUpTo()});
     *                    {@code false} skips the look-up in the processed ones
     */
    CompletableFuture<Outcome> accept(Update update, boolean mustRecord, boolean mayBeRecorded) {
        if (update == null || update.updateId() == null) {
            return CompletableFuture.completedFuture(Outcome.IGNORED);
        }
        long id = update.updateId();
        api.events().updateReceived(UpdateKind.of(update));
        CompletableFuture<Outcome> settled = new CompletableFuture<>();
        CompletableFuture<Outcome> earlier = inProgress.putIfAbsent(id, settled);
        if (earlier != null) {
            api.events().updateDeduplicated(UpdateKind.of(update));
            if (!mustRecord) {
                return CompletableFuture.completedFuture(Outcome.DUPLICATE);
            }
            // being handled here now and not recorded yet: a webhook answers once that is recorded (503 when it
            // takes longer than the webhook waits), so that the update is delivered again if this process dies first
            return earlier.handle((outcome, failure) -> failure == null && outcome != Outcome.UNAVAILABLE
                    ? Outcome.DUPLICATE : Outcome.UNAVAILABLE);
        }
        try {
            CompletableFuture<Outcome> outcome = admit(id, update, mustRecord, mayBeRecorded);
            outcome.whenComplete((result, failure) -> {
                inProgress.remove(id);
                if (failure == null) {
                    settled.complete(result);
                } else {
                    settled.completeExceptionally(failure);
                }
            });
            return outcome;
        } catch (RuntimeException refused) {
            inProgress.remove(id);
            settled.completeExceptionally(refused);
            throw refused;
        }
    }

    private CompletableFuture<Outcome> admit(long id, Update update, boolean mustRecord, boolean mayBeRecorded) {
        try {
            if (mayBeRecorded && processed.isProcessed(id)) {
                log.debug("update {} was handled before: skipped", id);
                api.events().updateDeduplicated(UpdateKind.of(update));
                return CompletableFuture.completedFuture(Outcome.DUPLICATE);
            }
        } catch (RuntimeException unavailable) {
            log.warn("cannot check whether update {} was handled", id, api.redaction().forLog(unavailable));
            if (mustRecord) {
                return CompletableFuture.completedFuture(Outcome.UNAVAILABLE);
            }
        }
        Optional<Incoming> mapped;
        try {
            Optional<GroupUpgrades.Move> upgraded = GroupUpgrades.announced(update);
            if (upgraded.isPresent()) {
                if (confirmedByTelegram(id, upgraded.get())) {
                    upgrades.follow(upgraded.get()); // a service message: nothing to answer in the chat
                }
                record(id);
                return CompletableFuture.completedFuture(Outcome.IGNORED);
            }
            Optional<UpdateMapper.Membership> membership = UpdateMapper.membership(update);
            if (membership.isPresent()) {
                // blocked, removed, let back in: told to the application in the chat's lane, nothing answered
                UpdateMapper.Membership change = membership.get();
                return lanes.submitAsync(change.chat(), () -> {
                    memberships.report(change);
                    record(id);
                    return CompletableFuture.completedFuture(Outcome.IGNORED);
                });
            }
            mapped = mapper.map(update);
        } catch (RuntimeException unreadable) {
            park(id, unreadable);
            record(id);
            return CompletableFuture.completedFuture(Outcome.PARKED);
        }
        if (mapped.isEmpty()) {
            record(id);
            return CompletableFuture.completedFuture(Outcome.IGNORED);
        }
        Incoming incoming = mapped.get();
        // the spinner stops when Telegram has the answer; the work does not wait for it: waiting held the lane for a
        // round trip per press (issue 19)
        incoming.callbackId().ifPresent(this::answer);
        switch (flood.check(incoming.user())) {
            case WARN -> {
                log.info("user {} sends too fast: update {} dropped, warned", incoming.user(), id);
                reply(incoming, List.of(Outbound.text(
                        ChannelTexts.get(incoming.inbound().language(), "flood.warning"))));
                record(id);
                return CompletableFuture.completedFuture(Outcome.DROPPED);
            }
            case DROP -> {
                log.debug("user {} sends too fast: update {} dropped", incoming.user(), id);
                record(id);
                return CompletableFuture.completedFuture(Outcome.DROPPED);
            }
            case PASS -> {
                // the person waits for this answer: the chat's notifications wait behind it, not the other way
                Runnable replied = expectReply.apply(incoming.chat());
                try {
                    CompletableFuture<Outcome> outcome = lanes.submitAsync(incoming.chat(),
                            () -> handle(incoming, mustRecord));
                    outcome.whenComplete((result, failure) -> replied.run());
                    return outcome;
                } catch (RuntimeException refused) {
                    replied.run();
                    throw refused;
                }
            }
        }
        throw new IllegalStateException("unreachable");
    }

    /**
     * Handles an update in its lane. It is done, and the chat's next update may start, once it is recorded with
     * the replies it owes: only then may the offset pass it, so an update acknowledged to Telegram has its answer
     * kept durably until it went out (ADR 0017).
     */
    private CompletableFuture<Outcome> handle(Incoming incoming, boolean mayRefuse) {
        if (chatLocks == null) {
            return handleInLane(incoming);
        }
        // several instances: the chat's lock keeps its updates in order across them, until the replies are out;
        // long polling cannot ask for an update again, so it waits for the lock as long as it takes
        Optional<HeldLock> held = chatLocks.take(incoming.chat(), mayRefuse);
        if (held.isEmpty() && !mayRefuse) {
            return handleInLane(incoming); // the lock store is down: better answered than lost
        }
        if (held.isEmpty()) {
            log.warn("update {}: chat {} stayed locked by another instance; to be delivered again",
                    incoming.updateId(), incoming.chat());
            return CompletableFuture.completedFuture(Outcome.UNAVAILABLE);
        }
        try {
            return handleInLane(incoming).whenComplete((outcome, failure) -> held.get().close());
        } catch (RuntimeException failure) {
            held.get().close();
            throw failure;
        }
    }

    private CompletableFuture<Outcome> handleInLane(Incoming incoming) {
        long id = incoming.updateId();
        HandleInboundResult result;
        long started = System.nanoTime();
        try {
            result = application.handleWithOutcome(incoming.inbound());
        } catch (StoreUnavailableException unavailable) {
            log.warn("update {} of chat {}: a store is unavailable: {}", id, incoming.chat(),
                    api.redaction().forLog(unavailable.getMessage()));
            api.events().updateFailed(UpdateKind.of(incoming));
            // not recorded: a webhook answers 503 and Telegram delivers it again. The words for an outage are the
            // application's own (the core answers a store it cannot reach itself); the channel has none of its own
            return CompletableFuture.completedFuture(Outcome.UNAVAILABLE);
        } catch (RuntimeException failure) {
            log.error("update {} of chat {} could not be handled", id, incoming.chat(),
                    api.redaction().forLog(failure));
            api.events().updateFailed(UpdateKind.of(incoming));
            return owe(incoming, List.of(Outbound.text(ChannelTexts.get(incoming.inbound().language(),
                    "error.internal"))), false, Outcome.FAILED);
        }
        if (result.storeUnavailable()) {
            // answered "temporarily unavailable": the input was not taken, so it counts as failed, with a line
            log.warn("update {} of chat {}: a store is unavailable; answered so", id, incoming.chat());
            api.events().updateFailed(UpdateKind.of(incoming));
            return owe(incoming, result.replies(), true, Outcome.FAILED);
        }
        api.events().updateHandled(UpdateKind.of(incoming), Duration.ofNanos(System.nanoTime() - started));
        return owe(incoming, result.replies(), true, Outcome.HANDLED);
    }

    /**
     * Records the update with the replies it owes in one durable write; from then on it is done (the offset may
     * pass it, the chat's next update may start) while its replies wait their chat's turn to go out (ADR 0017).
     * When the journal cannot be written, the replies are sent first and the update is done once they are out,
     * so that a crash still loses no answer.
     */
    private CompletableFuture<Outcome> owe(Incoming incoming, List<Outbound> replies, boolean mayReplace,
                                           Outcome outcome) {
        long id = incoming.updateId();
        if (replies.isEmpty()) {
            record(id);
            return CompletableFuture.completedFuture(outcome);
        }
        OptionalInt replaceable = mayReplace ? incoming.messageId() : OptionalInt.empty();
        // written with the entries of the updates handled meanwhile (ADR 0038); the lane is free while it waits
        return journal.record(id, incoming.chat(), replies, replaceable).thenCompose(recorded -> {
            switch (recorded) {
                case RECORDED -> {
                    journal.send(id, incoming.chat(), replies, replaceable, true);
                    return CompletableFuture.completedFuture(outcome);
                }
                case DUPLICATE -> {
                    log.debug("update {} was recorded meanwhile by another delivery; its replies are owed there", id);
                    return CompletableFuture.completedFuture(Outcome.DUPLICATE);
                }
                default -> {
                    return journal.send(id, incoming.chat(), replies, replaceable, false).thenApplyAsync(sent -> {
                        record(id);
                        return outcome;
                    }, lanes.executor());
                }
            }
        });
    }

    /**
     * A service message saying that a group became a supergroup is believed only when Telegram says so too: asked
     * for the old chat, it refuses with the new id ({@code migrate_to_chat_id}). A forged message (any sender can
     * make one look like that) would otherwise move a work group's cards to a chat of the sender's choosing. A
     * move Telegram cannot confirm now (it is down) is not lost: the first send to the old id is refused with the
     * new id, and that is followed.
     */
    private boolean confirmedByTelegram(long id, GroupUpgrades.Move move) {
        if (upgrades.current(move.from()) == move.to()) {
            return true; // known already, from Telegram's own refusal of a send
        }
        try {
            api.call(new GetChat(move.from()), 1);
            log.warn("update {} says chat {} became {}, but Telegram still knows chat {}: ignored", id, move.from(),
                    move.to(), move.from());
            return false;
        } catch (TelegramCallException refused) {
            if (refused.migratedTo().filter(to -> to == move.to()).isPresent()) {
                return true;
            }
            log.warn("update {} says chat {} became {}; Telegram does not confirm it ({}): ignored", id, move.from(),
                    move.to(), refused.kind());
            return false;
        }
    }

    /** Sends without journaling (a flood warning: nothing is owed for a dropped update). */
    private void reply(Incoming incoming, List<Outbound> replies) {
        journal.send(incoming.updateId(), incoming.chat(), replies, OptionalInt.empty(), false);
    }

    private void answer(String callbackId) {
        try {
            answers.execute(() -> {
                try {
                    api.send("answerCallbackQuery", new JsonBody().field("callback_query_id", callbackId).json(),
                            2);
                } catch (TelegramCallException refused) {
                    if (refused.kind() == Kind.REJECTED) {
                        // "query is too old", "query ID is invalid": answered too late or twice; harmless
                        log.debug("a button press could not be answered: {}", refused.description());
                    } else {
                        log.warn("a button press could not be answered: {}", refused.getMessage());
                    }
                }
            });
        } catch (RejectedExecutionException closed) {
            // closing: the press is not answered; Telegram stops the spinner by itself
        }
    }

    /**
     * An update that cannot be read is set aside: one line with its id (never its content: it may hold personal
     * data) and a count; it is confirmed like any other, so it cannot hold up the updates after it.
     */
    void park(long id, Throwable unreadable) {
        log.warn("update {} cannot be read and is set aside: {}", id, unreadable.getClass().getSimpleName());
        api.events().updateParked();
    }

    private void record(long id) {
        try {
            processed.markProcessed(id, clock.instant());
        } catch (RuntimeException unavailable) {
            log.warn("update {} could not be recorded as processed", id, api.redaction().forLog(unavailable));
        }
    }
}
