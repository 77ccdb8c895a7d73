package com.repairbot.adapter.telegram;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * A Bot API call that failed, classified so that the retry policy and the callers can decide what to do.
 * Its message never holds the token (it is built from redacted text only) and carries no cause for the
 * same reason.
 */
final class TelegramCallException extends RuntimeException {

    /** What kind of failure. */
    enum Kind {
        /** No answer: connection refused or reset, timeout. Retried. */
        NETWORK,
        /** HTTP 5xx from Telegram. Retried. */
        SERVER,
        /** An answer that is not the Bot API's JSON (an HTML error page, an empty body). Retried. */
        MALFORMED,
        /** HTTP 429: wait exactly {@code retry_after}, then retry. */
        TOO_MANY_REQUESTS,
        /** HTTP 401: the token is wrong. Never retried. */
        UNAUTHORIZED,
        /** HTTP 403: blocked by the user, kicked from the group. Never retried. */
        FORBIDDEN,
        /** HTTP 400 and every other refusal. Never retried. */
        REJECTED;

        /**
         * The one classification of a Bot API error code (every call, whichever way it travelled).
         *
         * @param errorCode the answer's {@code error_code} (0 or less when it had none)
         */
        static Kind of(int errorCode) {
            if (errorCode == 429) {
                return TOO_MANY_REQUESTS;
            } else if (errorCode >= 500) {
                return SERVER;
            } else if (errorCode == 401) {
                return UNAUTHORIZED;
            } else if (errorCode == 403) {
                return FORBIDDEN;
            } else if (errorCode <= 0) {
                return MALFORMED;
            }
            return REJECTED;
        }
    }

    private final String method;
    private final Kind kind;
    private final int errorCode;
    private final String description;
    private final Duration retryAfter;
    private final Long migratedTo;

    TelegramCallException(String method, Kind kind, int errorCode, String description, Duration retryAfter) {
        this(method, kind, errorCode, description, retryAfter, null);
    }

    TelegramCallException(String method, Kind kind, int errorCode, String description, Duration retryAfter,
                          Long migratedTo) {
        super(method + " failed: " + kind + (errorCode > 0 ? " " + errorCode : "") + " " + description, null,
                false, false);
        this.method = method;
        this.kind = kind;
        this.errorCode = errorCode;
        this.description = description;
        this.retryAfter = retryAfter;
        this.migratedTo = migratedTo;
    }

    String method() {
        return method;
    }

    Kind kind() {
        return kind;
    }

    int errorCode() {
        return errorCode;
    }

    /** @return Telegram's description (redacted) */
    String description() {
        return description;
    }

    /** @return how long Telegram asked to wait (only for {@link Kind#TOO_MANY_REQUESTS}) */
    Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /**
     * @return the chat's new id when the call was refused because the group was upgraded to a supergroup
     *     ({@code parameters.migrate_to_chat_id})
     */
    Optional<Long> migratedTo() {
        return Optional.ofNullable(migratedTo);
    }

    /** @return whether trying again later may succeed */
    boolean retryable() {
        return switch (kind) {
            case NETWORK, SERVER, MALFORMED, TOO_MANY_REQUESTS -> true;
            case UNAUTHORIZED, FORBIDDEN, REJECTED -> false;
        };
    }

    /** @return whether Telegram's description mentions the words (case-insensitive) */
    boolean says(String words) {
        return description.toLowerCase(Locale.ROOT).contains(words.toLowerCase(Locale.ROOT));
    }
}
