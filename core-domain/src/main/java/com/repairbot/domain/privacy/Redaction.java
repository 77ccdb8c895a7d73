package com.repairbot.domain.privacy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;

/**
 * Keeps one secret (a bot token, a Redis password) and anything shaped like a bot token out of messages that may
 * reach a log line or an exception: the secret itself (plain and URL-encoded) becomes its mask. The adapters
 * whose libraries may repeat a secret in their messages (OkHttp puts the request URL, which holds the token, into
 * some; a Redis server may repeat what it was sent) pass every such message through one of these.
 */
public final class Redaction {

    private static final String PASSWORD_MASK = "******";
    private static final int MAX_CAUSES = 8;

    private final String secret;
    private final String encodedSecret;
    private final String mask;

    private Redaction(String secret, String mask) {
        this.secret = secret == null ? "" : secret;
        this.encodedSecret = URLEncoder.encode(this.secret, StandardCharsets.UTF_8);
        this.mask = mask;
    }

    /** @return a redaction of that bot token (shown as {@link BotToken#MASK}) */
    public static Redaction ofBotToken(String token) {
        return new Redaction(token, BotToken.MASK);
    }

    /** @return a redaction of that password (shown as {@code ******}); an empty one hides only token shapes */
    public static Redaction ofPassword(String password) {
        return new Redaction(password, PASSWORD_MASK);
    }

    /** @return the text without the secret or anything shaped like a bot token ({@code null} stays {@code null}) */
    public String apply(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = text;
        if (!secret.isEmpty()) {
            out = out.replace(secret, mask);
            if (!encodedSecret.equals(secret)) {
                out = out.replace(encodedSecret, mask);
            }
        }
        return BotToken.redact(out);
    }

    /** @return the text redacted and with phone numbers and e-mail addresses masked: fit for a log line */
    public String forLog(String text) {
        return PiiScanner.mask(apply(text));
    }

    /**
     * @return a copy of the failure (with its causes) whose messages are fit for a log line, keeping the stack
     *         traces so that a log still shows where it happened
     */
    public Throwable forLog(Throwable failure) {
        return copy(failure, 0, this::forLog);
    }

    /** @return the failure's class and message, redacted: for a one-line description */
    public String describe(Throwable failure) {
        String message = failure.getMessage();
        return failure.getClass().getSimpleName() + (message == null ? "" : ": " + apply(message));
    }

    /** @return the failure itself when no message in its chain holds the secret, else a redacted copy */
    public Throwable withoutSecrets(Throwable failure) {
        return leaks(failure) ? copy(failure, 0, this::apply) : failure;
    }

    private boolean leaks(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth <= MAX_CAUSES; t = t.getCause() == t ? null : t.getCause()) {
            if (changes(t.getMessage()) || changes(t.toString())) {
                return true;
            }
            depth++;
        }
        return false;
    }

    private boolean changes(String text) {
        return text != null && !text.equals(apply(text));
    }

    private static Throwable copy(Throwable failure, int depth, UnaryOperator<String> clean) {
        if (failure == null || depth > MAX_CAUSES) {
            return null;
        }
        String message = failure.getMessage() == null ? failure.getClass().getName()
                : failure.getClass().getName() + ": " + clean.apply(failure.getMessage());
        Throwable cause = failure.getCause() == failure ? null : failure.getCause();
        Redacted copy = new Redacted(message, copy(cause, depth + 1, clean));
        copy.setStackTrace(failure.getStackTrace());
        return copy;
    }

    /** A failure as it may be shown: its original class name and cleaned message, its stack trace. */
    public static final class Redacted extends RuntimeException {

        Redacted(String message, Throwable cause) {
            super(message, cause, false, true);
        }

        @Override
        public String toString() {
            return getMessage();
        }
    }
}
