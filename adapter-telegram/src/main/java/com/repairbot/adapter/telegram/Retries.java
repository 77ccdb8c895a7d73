package com.repairbot.adapter.telegram;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * When a failed Bot API call is tried again: after network errors, 5xx and garbled answers with exponential
 * backoff and jitter; after a 429 after exactly the {@code retry_after} Telegram gave (a wait longer than
 * the longest allowed fails the call instead); never after 400, 401 or 403. A plain loop rather than a
 * retry library's execution per call: the send path makes one such decision per message (ADR 0032).
 */
final class Retries {

    private final Tuning.RetrySettings settings;
    private final ChannelEvents events;

    Retries(Tuning.RetrySettings settings) {
        this(settings, ChannelEvents.NONE);
    }

    Retries(Tuning.RetrySettings settings, ChannelEvents events) {
        this.settings = settings;
        this.events = events;
    }

    Tuning.RetrySettings settings() {
        return settings;
    }

    /**
     * Whether a failed attempt is tried again, and after how long; a retry is reported to the listener (with
     * the exact {@code retry_after} of a 429), the last failure is not. The one decision of every Bot API call,
     * for calls made on the caller's thread ({@link #run}) and for the send scheduler's own attempts.
     *
     * @param failures the attempts that failed so far (1 after the first failure)
     * @return the wait before the next attempt; empty when no other attempt follows
     */
    Optional<Duration> next(Throwable failure, int failures, int maxRetries) {
        if (!(failure instanceof TelegramCallException call) || !call.retryable() || waitsTooLong(call)
                || failures > maxRetries) {
            return Optional.empty();
        }
        reportRetry(call);
        return Optional.of(delay(call, failures));
    }

    /** {@link #next} for the send scheduler, with at most {@code maxRetries} retries. */
    SendScheduler.RetryRule rule(int maxRetries) {
        return (failure, failures) -> next(failure, failures, maxRetries);
    }

    /**
     * Makes a call, retried as {@link #next} says, waiting on the calling thread.
     *
     * @throws TelegramCallException the last failure, once no other attempt follows
     */
    <T> T run(Supplier<T> attempt, int maxRetries) {
        for (int failures = 1; ; failures++) {
            try {
                return attempt.get();
            } catch (TelegramCallException failed) {
                Optional<Duration> wait = next(failed, failures, maxRetries);
                if (wait.isEmpty()) {
                    throw failed;
                }
                try {
                    Thread.sleep(wait.get());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw failed;
                }
            }
        }
    }

    private boolean waitsTooLong(TelegramCallException call) {
        return call.retryAfter().filter(wait -> wait.compareTo(settings.longestWait()) > 0).isPresent();
    }

    private void reportRetry(TelegramCallException call) {
        events.retry(call.method());
        call.retryAfter().ifPresent(wait -> events.rateLimitedWait(call.method(), wait));
    }

    /**
     * The wait before the next attempt: exactly what Telegram asked for after a 429; otherwise exponential
     * with "equal jitter" (half fixed, half random, so that many senders do not come back at the same moment).
     *
     * @param attempts the attempts made so far (1 after the first failure)
     */
    Duration delay(Throwable last, int attempts) {
        return delay(settings, last, attempts);
    }

    /**
     * The one backoff formula of the channel, for the calls ({@link #delay(Throwable, int)}) and for the polling
     * loop's pauses after a failed {@code getUpdates}.
     *
     * @param settings the first and the longest delay
     * @param attempts the attempts made so far (1 after the first failure)
     */
    static Duration delay(Tuning.RetrySettings settings, Throwable last, int attempts) {
        if (last instanceof TelegramCallException call && call.retryAfter().isPresent()) {
            return call.retryAfter().get();
        }
        long capped = Math.min(settings.firstDelay().toMillis() << Math.min(Math.max(attempts - 1, 0), 20),
                settings.maxDelay().toMillis());
        long half = capped / 2;
        return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(capped - half + 1));
    }
}
