package com.repairbot.adapter.telegram;

import java.time.Duration;
import java.util.Objects;

/**
 * The knobs of the channel that are not configuration: timeouts, retries, Telegram's send limits. The
 * defaults follow Telegram's documentation; tests shorten them.
 *
 * @param requestTimeout    connect, write and read timeout of one call (a long poll adds its own wait)
 * @param retry             how failed calls are retried
 * @param limits            how fast messages may go out
 * @param senders           how many sends may be on the wire at once
 * @param handlers          how many chats may be handled at once
 * @param webhookWait       how long the webhook waits for an update to be handled before answering 503
 * @param deliveryWait      how long a notification send waits in the queue and on the wire before giving up
 * @param shutdownWait      how long close() lets in-flight work finish
 */
record Tuning(Duration requestTimeout, RetrySettings retry, SendLimits limits, int senders, int handlers,
              Duration webhookWait, Duration deliveryWait, Duration shutdownWait) {

    Tuning {
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(limits, "limits");
        if (senders < 1 || handlers < 1) {
            throw new IllegalArgumentException("at least one sender and one handler");
        }
        Objects.requireNonNull(webhookWait, "webhookWait");
        Objects.requireNonNull(deliveryWait, "deliveryWait");
        Objects.requireNonNull(shutdownWait, "shutdownWait");
    }

    static Tuning defaults() {
        return new Tuning(Duration.ofSeconds(20), RetrySettings.defaults(), SendLimits.telegram(), 8, 8,
                Duration.ofSeconds(5), Duration.ofMinutes(2), Duration.ofSeconds(10));
    }

    Tuning withRetry(RetrySettings newRetry) {
        return new Tuning(requestTimeout, newRetry, limits, senders, handlers, webhookWait, deliveryWait,
                shutdownWait);
    }

    Tuning withLimits(SendLimits newLimits) {
        return new Tuning(requestTimeout, retry, newLimits, senders, handlers, webhookWait, deliveryWait,
                shutdownWait);
    }

    Tuning withPacing(SendPacing pacing) {
        return withLimits(pacing.limits());
    }

    Tuning withRequestTimeout(Duration timeout) {
        return new Tuning(timeout, retry, limits, senders, handlers, webhookWait, deliveryWait,
                shutdownWait);
    }

    /**
     * @param firstDelay    the first backoff after a network error or 5xx
     * @param maxDelay      the longest backoff
     * @param maxRetries    retries after the first attempt
     * @param longestWait   the longest {@code retry_after} honoured; a longer one fails the call (it is retried
     *                      later by whoever owns it, e.g. the outbox)
     */
    record RetrySettings(Duration firstDelay, Duration maxDelay, int maxRetries, Duration longestWait) {

        RetrySettings {
            if (firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0) {
                throw new IllegalArgumentException("backoff delays must be positive and ordered");
            }
            if (maxRetries < 0) {
                throw new IllegalArgumentException("max retries must not be negative");
            }
            Objects.requireNonNull(longestWait, "longestWait");
        }

        static RetrySettings defaults() {
            return new RetrySettings(Duration.ofMillis(500), Duration.ofSeconds(30), 5, Duration.ofMinutes(5));
        }
    }

    /**
     * Telegram's send limits.
     *
     * @param perChatBurst     messages a chat may get at once
     * @param perChatInterval  then one message per this interval
     * @param perGroup         at most this many messages to one group (negative chat id)...
     * @param groupWindow      ...within any window this long
     * @param global           at most this many messages overall...
     * @param globalWindow     ...within any window this long
     */
    record SendLimits(int perChatBurst, Duration perChatInterval, int perGroup, Duration groupWindow, int global,
                      Duration globalWindow) {

        SendLimits {
            if (perChatBurst < 1 || perGroup < 1 || global < 1) {
                throw new IllegalArgumentException("limits must allow at least one message");
            }
            if (perChatInterval.isNegative() || perChatInterval.isZero() || groupWindow.isNegative()
                    || groupWindow.isZero() || globalWindow.isNegative() || globalWindow.isZero()) {
                throw new IllegalArgumentException("limit periods must be positive");
            }
        }

        /** ≤ 1 message/s per chat with a burst of 3, ≤ 20/min per group, ≤ 30/s overall. */
        static SendLimits telegram() {
            return new SendLimits(3, Duration.ofSeconds(1), 20, Duration.ofMinutes(1), 30, Duration.ofSeconds(1));
        }

        /**
         * No limit worth the name ({@link SendPacing#UNPACED}): a bucket that never empties and windows of a
         * nanosecond, so the scheduler still keeps each chat's sends in order, one at a time.
         */
        static SendLimits none() {
            Duration tick = Duration.ofNanos(1);
            return new SendLimits(Integer.MAX_VALUE, tick, Integer.MAX_VALUE, tick, Integer.MAX_VALUE, tick);
        }
    }
}
