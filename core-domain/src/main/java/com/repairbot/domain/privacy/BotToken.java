package com.repairbot.domain.privacy;

import java.util.regex.Pattern;

/**
 * What a Telegram bot token looks like — the bot's id, a colon, a secret of 20 or more letters, digits, {@code _}
 * or {@code -} — written once for every place that checks or hides one: the configuration (is it well formed?),
 * the Telegram adapter's messages and every log line (hide it, also with the colon URL-encoded).
 */
public final class BotToken {

    /** What a token (or anything shaped like one) becomes in a message or a log line. */
    public static final String MASK = "<bot-token>";
    private static final Pattern SHAPE = Pattern.compile("\\d{1,20}(?::|%3[Aa])[A-Za-z0-9_-]{20,}");

    private BotToken() {
    }

    /** @return whether the value is shaped like a bot token, with a plain colon */
    public static boolean isWellFormed(String value) {
        return value != null && !value.contains("%") && SHAPE.matcher(value).matches();
    }

    /** @return the text with everything shaped like a bot token replaced by {@link #MASK} */
    public static String redact(String text) {
        return text == null || text.isEmpty() ? text : SHAPE.matcher(text).replaceAll(MASK);
    }
}
