package com.repairbot.adapter.telegram;

import java.time.Duration;

/**
 * What the channel reports as it works, for metrics: implement the methods you need (every one defaults to
 * nothing) and pass the listener in {@link TelegramConfig}. Calls come from the channel's own threads, must
 * return quickly and must not throw. Labels are small fixed vocabularies (never a chat, a user or a text).
 */
public interface ChannelEvents {

    /** Reports nothing. */
    ChannelEvents NONE = new ChannelEvents() {
    };

    /** @param kind {@code message}, {@code callback_query} or {@code other} */
    default void updateReceived(String kind) {
    }

    /** An update seen before (re-delivered, or delivered twice at once) was skipped. */
    default void updateDeduplicated(String kind) {
    }

    /** @param took from the start of handling to the replies being queued */
    default void updateHandled(String kind, Duration took) {
    }

    /** Handling failed (the person was told) or a store was unavailable. */
    default void updateFailed(String kind) {
    }

    /**
     * An update that cannot be read (a field of the wrong type, broken JSON) was set aside: logged once with its
     * id and confirmed, so that it does not hold up the updates after it.
     */
    default void updateParked() {
    }

    /**
     * A message was refused for good and will not be sent again.
     *
     * @param reason {@code forbidden} (blocked, removed from the group) or {@code rejected} (the chat does not
     *               exist, the message is not acceptable)
     */
    default void replyRefused(String reason) {
    }

    /**
     * One HTTP call to the Bot API ended.
     *
     * @param method  e.g. {@code sendMessage}
     * @param outcome {@code ok} or the failure's kind in lower case ({@code network}, {@code server},
     *                {@code malformed}, {@code too_many_requests}, {@code unauthorized}, {@code forbidden},
     *                {@code rejected})
     */
    default void apiCall(String method, String outcome) {
    }

    /**
     * The reply journal wrote the entries of updates handled together in one durable write (ADR 0038).
     *
     * @param updates how many updates' entries the write took
     */
    default void journalWritten(int updates) {
    }

    /** A failed call is about to be tried again. */
    default void retry(String method) {
    }

    /** Telegram answered 429 and the call waits exactly {@code retry_after} before it is tried again. */
    default void rateLimitedWait(String method, Duration wait) {
    }
}
