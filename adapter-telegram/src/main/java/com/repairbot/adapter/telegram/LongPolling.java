package com.repairbot.adapter.telegram;

import com.pengrad.telegrambot.model.Update;
import com.pengrad.telegrambot.request.GetUpdates;
import com.pengrad.telegrambot.response.GetUpdatesResponse;
import com.repairbot.adapter.telegram.TelegramCallException.Kind;
import com.repairbot.adapter.telegram.UpdateIntake.Outcome;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Our own {@code getUpdates} loop (pengrad's listener thread dies silently when a handler throws). A batch
 * is handed to the intake; the offset moves past an update only once it and every update before it were
 * done: recorded with the replies they owe (ADR 0017), so a crash re-delivers every update whose answer may be
 * missing, and the intake recognises those it had finished by their ids. An update whose handling takes long
 * (a shared chat lock, a slow store) holds the offset but not the other chats: the loop then polls briefly every
 * {@value #HOLD_PAUSE_MILLIS} ms and takes in only what is new ({@link Unconfirmed}). A batch that cannot be read
 * as a whole is read update by update, and what cannot be read is set aside. Nothing that goes wrong
 * here stops the loop: failed calls are retried with a growing pause.
 *
 * <p>The calls are made and read on this loop's thread, on a connection of its own ({@link TelegramApi.Polls}), and
 * the processed updates are asked only about updates an earlier process may have handled
 * ({@link UpdateIntake#lookUpTo()}, ADR 0037).
 */
final class LongPolling implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LongPolling.class);
    static final String[] ALLOWED_UPDATES = {"message", "callback_query", "my_chat_member"};
    private static final Duration STUCK_AFTER = Duration.ofSeconds(60);
    private static final Duration SHORT_POLL_PAUSE = Duration.ofMillis(500);
    /** How long the loop waits for the updates in hand before it polls again, briefly, for new ones. */
    static final int HOLD_PAUSE_MILLIS = 250;
    private static final Duration HOLD_PAUSE = Duration.ofMillis(HOLD_PAUSE_MILLIS);

    private final TelegramApi api;
    private final UpdateIntake intake;
    private final int pollSeconds;
    private final int batch;
    private final Tuning.RetrySettings pause;
    private final Thread thread;
    private volatile boolean running = true;
    /** The loop's {@code getUpdates} calls, on its own thread and connection (ADR 0037). */
    private final TelegramApi.Polls polls;
    private volatile long offset;
    private final Unconfirmed unconfirmed = new Unconfirmed();
    private long holdingSince;
    private long lookUpTo = Long.MAX_VALUE;

    LongPolling(TelegramApi api, UpdateIntake intake, Duration pollTimeout, int batch, Tuning.RetrySettings pause) {
        this.api = api;
        this.intake = intake;
        this.pollSeconds = (int) pollTimeout.toSeconds();
        this.batch = Math.min(100, batch);
        this.pause = pause;
        this.polls = api.polls();
        // not a daemon: while the bot polls, the process has work to do
        this.thread = Thread.ofPlatform().name("telegram-polling").unstarted(this::run);
    }

    void start() {
        thread.start();
    }

    private void run() {
        int failures = 0;
        // updates above this one cannot have been handled before this start: not looked up (ADR 0037)
        lookUpTo = intake.lookUpTo();
        while (running) {
            offset = unconfirmed.offset();
            // while an update waits for its replies (a retry_after, a slow Telegram) its id holds the offset back,
            // and Telegram answers at once with the updates from there: poll briefly, after a pause, to take in
            // the new ones of other chats rather than wait for it
            boolean holding = !unconfirmed.unanswered().isEmpty();
            GetUpdates request = new GetUpdates().limit(batch).timeout(holding ? 0 : pollSeconds)
                    .allowedUpdates(ALLOWED_UPDATES);
            if (offset > 0) {
                request.offset((int) offset);
            }
            List<Update> updates;
            try {
                if (!running) {
                    break;
                }
                GetUpdatesResponse response = polls.next(request);
                updates = response.updates() == null ? List.of() : response.updates();
                failures = 0;
            } catch (CancellationException cancelled) {
                break;
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                break;
            } catch (RuntimeException failed) {
                if (!running) {
                    break;
                }
                Throwable cause = failed;
                if (cause instanceof TelegramCallException call && call.kind() == Kind.MALFORMED) {
                    try {
                        readOneByOne(request.timeout(0));
                        failures = 0;
                        continue;
                    } catch (TelegramCallException again) {
                        cause = again; // waited for as this answer asks (a 429 says how long)
                    }
                }
                failures++;
                logFailure(cause, failures);
                sleep(backoff(cause, failures));
                continue;
            }
            if (updates.isEmpty() && pollSeconds == 0) {
                sleep(SHORT_POLL_PAUSE); // short polling: do not hammer the API while nothing happens
            }
            handle(updates);
            if (!awaitAnswers(HOLD_PAUSE)) {
                running = false;
            }
        }
        // in-flight updates finish before the last offset is confirmed
        while (!unconfirmed.unanswered().isEmpty() && awaitAnswers(STUCK_AFTER)) {
            log.warn("updates are still being answered; polling waits for them before it confirms");
        }
        offset = unconfirmed.offset();
        confirm();
        polls.close();
    }

    /**
     * A batch pengrad could not read as a whole: read again update by update; what cannot be read is set aside
     * (confirmed with the rest), so that one broken update never stops the updates after it.
     *
     * @throws TelegramCallException when it cannot be read that way either (retried like any failed call)
     */
    private void readOneByOne(GetUpdates request) {
        TelegramApi.Batch batch = api.updatesOneByOne(request);
        for (long unreadable : batch.unreadable()) {
            if (unreadable > 0 && unconfirmed.isNew(unreadable)) {
                api.events().updateReceived("other");
                intake.park(unreadable, new IllegalArgumentException("unreadable"));
                unconfirmed.taken(unreadable, CompletableFuture.completedFuture(Outcome.PARKED));
            }
        }
        handle(batch.updates());
    }

    /** Hands the new updates of a batch to the intake (those taken in before are in hand already). */
    private void handle(List<Update> updates) {
        for (Update update : updates) {
            if (update.updateId() == null) {
                continue;
            }
            if (!unconfirmed.isNew(update.updateId())) {
                // served again while held, or below the offset: in hand or answered already
                api.events().updateReceived(UpdateKind.of(update));
                api.events().updateDeduplicated(UpdateKind.of(update));
                continue;
            }
            try {
                unconfirmed.taken(update.updateId(), intake.accept(update, false, update.updateId() <= lookUpTo)
                        .whenComplete((outcome, failure) -> logFailed(failure)));
            } catch (RuntimeException full) {
                // not expected (a batch is no larger than the lanes): leave it and the rest unconfirmed
                log.warn("update {} was not taken in: {}", update.updateId(), full.getMessage());
                break;
            }
        }
        offset = unconfirmed.offset();
    }

    private void logFailed(Throwable failure) {
        if (failure != null && !(failure instanceof CancellationException)) {
            log.error("an update failed", api.redaction().forLog(failure instanceof ExecutionException
                    && failure.getCause() != null ? failure.getCause() : failure));
        }
    }

    /**
     * Waits until every update taken in was answered, or the time is up (it says so in the log when an update
     * has taken suspiciously long).
     *
     * @return {@code false} when interrupted
     */
    private boolean awaitAnswers(Duration atMost) {
        List<CompletableFuture<?>> waiting = unconfirmed.unanswered();
        if (waiting.isEmpty()) {
            return true;
        }
        try {
            CompletableFuture.allOf(waiting.toArray(CompletableFuture<?>[]::new))
                    .get(atMost.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException slow) {
            long now = System.nanoTime();
            if (holdingSince == 0) {
                holdingSince = now;
            } else if (now - holdingSince > STUCK_AFTER.toNanos()) {
                log.warn("an update has been handled for over {} s; the offset waits for it", STUCK_AFTER.toSeconds());
                holdingSince = now;
            }
            return true;
        } catch (ExecutionException | CancellationException failed) {
            return true; // logged where it failed
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
        holdingSince = 0;
        return true;
    }

    /** Tells Telegram that everything up to the offset is handled: a last short {@code getUpdates}. */
    private void confirm() {
        if (offset <= 0) {
            return;
        }
        try {
            api.attempt(new GetUpdates().offset((int) offset).limit(1).timeout(0).allowedUpdates(ALLOWED_UPDATES));
            log.info("long polling stopped; updates before {} confirmed", offset);
        } catch (TelegramCallException failed) {
            log.warn("could not confirm the last updates (they will come again and be recognised): {}",
                    failed.getMessage());
        }
    }

    private void logFailure(Throwable cause, int failures) {
        if (cause instanceof TelegramCallException call && call.kind() == Kind.UNAUTHORIZED) {
            log.error("getUpdates: " + InvalidTokenException.MESSAGE);
        } else if (cause instanceof TelegramCallException call && call.errorCode() == 409) {
            log.error("getUpdates conflicts with a webhook or another instance polling with the same token: {}",
                    call.description());
        } else if (failures == 1 || failures % 10 == 0) {
            log.warn("getUpdates failed ({} in a row): {}", failures, cause instanceof TelegramCallException
                    ? cause.getMessage() : api.redaction().forLog(String.valueOf(cause)));
        } else {
            log.debug("getUpdates failed ({} in a row): {}", failures, cause.getMessage());
        }
    }

    private Duration backoff(Throwable cause, int failures) {
        return Retries.delay(pause, cause, failures);
    }

    private void sleep(Duration pauseFor) {
        long until = System.nanoTime() + pauseFor.toNanos();
        while (running) {
            long left = until - System.nanoTime();
            if (left <= 0) {
                return;
            }
            try {
                TimeUnit.NANOSECONDS.sleep(Math.min(left, TimeUnit.MILLISECONDS.toNanos(100)));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** @return the offset the next {@code getUpdates} sends (the last handled update id + 1) */
    long offset() {
        return offset;
    }

    /**
     * Stops taking updates: the long poll on the wire is cancelled (what it brings is not handled, so not
     * confirmed), the batch in hand is finished, then the offset is confirmed.
     */
    void close(Duration wait) {
        running = false;
        polls.close();
        try {
            thread.join(Math.max(1, wait.toMillis()));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            log.warn("long polling did not stop within {}", wait);
        }
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(10));
    }
}
