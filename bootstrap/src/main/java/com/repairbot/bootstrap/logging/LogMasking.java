package com.repairbot.bootstrap.logging;

import com.repairbot.domain.privacy.PiiScanner;
import java.util.regex.Pattern;

/**
 * The last line of defence of every log line: whatever slipped past the masked {@code toString()}s is masked
 * here — anything shaped like a bot token is removed, phone numbers and e-mail addresses are masked by the
 * domain's {@link PiiScanner}.
 */
public final class LogMasking {

    /** A Telegram bot token: the bot's id, a colon, and a secret of 30 or more characters. */
    static final Pattern BOT_TOKEN = Pattern.compile("\\d{6,}:[A-Za-z0-9_-]{30,}");
    static final String TOKEN_REPLACEMENT = "<bot-token>";

    private LogMasking() {
    }

    /** @return the text with tokens removed and personal data masked; {@code null} stays {@code null} */
    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        // the token first: its digits must not be taken for a phone number and half-masked
        return PiiScanner.mask(BOT_TOKEN.matcher(text).replaceAll(TOKEN_REPLACEMENT));
    }
}
