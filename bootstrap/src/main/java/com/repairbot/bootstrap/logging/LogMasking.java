package com.repairbot.bootstrap.logging;

import com.repairbot.domain.privacy.BotToken;
import com.repairbot.domain.privacy.PiiScanner;

/**
 * The last line of defence of every log line: whatever slipped past the masked {@code toString()}s is masked
 * here — anything shaped like a bot token is removed, phone numbers and e-mail addresses are masked by the
 * domain's {@link PiiScanner}.
 */
public final class LogMasking {


    private LogMasking() {
    }

    /** @return the text with tokens removed and personal data masked; {@code null} stays {@code null} */
    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        // the token first: its digits must not be taken for a phone number and half-masked
        return PiiScanner.mask(BotToken.redact(text));
    }
}
