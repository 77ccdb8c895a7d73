package com.repairbot.adapter.telegram;

import dev.failsafe.RetryPolicy;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When a failed Bot API call is tried again: after network errors, 5xx and garbled answers with exponential
 * backoff and jitter; after a 429 after exactly the {@code retry_after} Telegram gave (a wait longer than
 * the longest allowed fails the call instead); never after 400, 401 or 403.
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

    RetryPolicy<Object> policy(int maxRetries) {
        return RetryPolicy.builder()
                .handleIf((Throwable failure) -> failure instanceof TelegramCallException call && call.retryable())
                .abortIf((Object result, Throwable failure) -> failure instanceof TelegramCallException call
                        && waitsTooLong(call))
                .withDelayFn(context -> {
                    Throwable last = context.getLastException();
                    // Failsafe's onRetry does not fire for the send scheduler's standalone executions, and the
                    // delay is asked for after every handled failure: report those another attempt follows
                    if (context.getAttemptCount() <= maxRetries
                            && !(last instanceof TelegramCallException call && waitsTooLong(call))) {
                        reportRetry(last);
                    }
                    return delay(last, context.getAttemptCount());
                })
                .withMaxRetries(maxRetries)
                .build();
    }

    private boolean waitsTooLong(TelegramCallException call) {
        return call.retryAfter().filter(wait -> wait.compareTo(settings.longestWait()) > 0).isPresent();
    }

    private void reportRetry(Throwable last) {
        if (last instanceof TelegramCallException call) {
            events.retry(call.method());
            call.retryAfter().ifPresent(wait -> events.rateLimitedWait(call.method(), wait));
        }
    }

    /**
     * The wait before the next attempt: exactly what Telegram asked for after a 429; otherwise exponential
     * with "equal jitter" (half fixed, half random, so that many senders do not come back at the same moment).
     * Failsafe's own jitter is not used because it would shift the 429 wait too.
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
