package com.repairbot.adapter.telegram;

import com.repairbot.domain.privacy.PiiScanner;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Keeps the bot token out of every message that may reach a log or an exception: the token itself (plain
 * and URL-encoded) and anything shaped like a bot token. OkHttp and pengrad put the request URL, which
 * holds the token, into some of their exception messages.
 */
final class Redaction {

    static final String REPLACEMENT = "<token>";
    /** {@code 123456789:AAH...}: a bot id, a colon and a long secret. */
    private static final Pattern TOKEN_SHAPE = Pattern.compile("\\d{3,}(:|%3A|%3a)[A-Za-z0-9_-]{20,}");
    private static final int MAX_CAUSES = 8;

    private final String token;
    private final String encodedToken;

    Redaction(String token) {
        this.token = token;
        this.encodedToken = URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    /** @return the text without the token or anything shaped like one ({@code null} stays {@code null}) */
    String apply(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = text.replace(token, REPLACEMENT);
        if (!encodedToken.equals(token)) {
            out = out.replace(encodedToken, REPLACEMENT);
        }
        return TOKEN_SHAPE.matcher(out).replaceAll(REPLACEMENT);
    }

    /** @return the text redacted and with phone numbers and e-mail addresses masked: fit for a log line */
    String forLog(String text) {
        return PiiScanner.mask(apply(text));
    }

    /**
     * @return a copy of the failure (with its causes) whose messages are fit for a log line, keeping the
     *         stack traces so that a log still shows where it happened
     */
    Throwable forLog(Throwable failure) {
        return copy(failure, 0);
    }

    private Throwable copy(Throwable failure, int depth) {
        if (failure == null || depth > MAX_CAUSES) {
            return null;
        }
        String message = failure.getMessage() == null ? failure.getClass().getName()
                : failure.getClass().getName() + ": " + forLog(failure.getMessage());
        Logged logged = new Logged(message, copy(failure.getCause(), depth + 1));
        logged.setStackTrace(failure.getStackTrace());
        return logged;
    }

    /** A failure as it may be logged: its original class name and cleaned message, its stack trace. */
    static final class Logged extends RuntimeException {

        Logged(String message, Throwable cause) {
            super(message, cause, false, true);
        }

        @Override
        public String toString() {
            return getMessage();
        }
    }
}
