package com.repairbot.bootstrap.logging;

import com.repairbot.domain.privacy.BotToken;
import com.repairbot.domain.privacy.Masking;
import com.repairbot.domain.privacy.PiiScanner;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last line of defence of every log line and every error report: whatever slipped past the masked
 * {@code toString()}s is masked here — anything shaped like a bot token is removed, the values of personal
 * fields in JSON (a dialog's answers, a Telegram update: {@code "name":"…"}, {@code "text":"…"}) are masked by
 * their kind, a failed statement's bound arguments are dropped, and phone numbers and e-mail addresses anywhere
 * are masked by the domain's {@link PiiScanner}.
 */
public final class LogMasking {

    /**
     * A JSON string member whose name says it holds personal data or free text: the dialogs' answers
     * ({@code name}, {@code address}, {@code phone}, {@code description}, {@code notes}, {@code reason}) and a
     * Telegram update's ({@code text}, {@code caption}, {@code first_name}, {@code last_name}, {@code username},
     * {@code phone_number}). Quotes may be escaped once (JSON inside a JSON string).
     */
    static final Pattern PERSONAL_JSON_FIELD = Pattern.compile(
            "(\\\\?\"(name|address|phone|phone_number|description|notes|reason|comment|text|caption|first_name"
                    + "|last_name|username|full_name)\\\\?\"\\s*:\\s*\\\\?\")((?:[^\"\\\\]|\\\\[^\"])*)(\\\\?\")",
            Pattern.CASE_INSENSITIVE);

    /** The bound arguments a JDBC library (Jdbi) lists in a failed statement's message: values of any column. */
    static final Pattern STATEMENT_ARGUMENTS = Pattern.compile("arguments:\\{.*\\}(?=\\]|$)", Pattern.MULTILINE);

    private LogMasking() {
    }

    /** @return the text with tokens removed and personal data masked; {@code null} stays {@code null} */
    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        // the token first: its digits must not be taken for a phone number and half-masked
        String withoutToken = BotToken.redact(text);
        String withoutArguments = text.contains("arguments:{")
                ? STATEMENT_ARGUMENTS.matcher(withoutToken).replaceAll("arguments:{***}") : withoutToken;
        return PiiScanner.mask(maskJsonFields(withoutArguments));
    }

    private static String maskJsonFields(String text) {
        if (text.indexOf('"') < 0) {
            return text;
        }
        Matcher field = PERSONAL_JSON_FIELD.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (field.find()) {
            String masked = byKind(field.group(2).toLowerCase(Locale.ROOT), field.group(3));
            field.appendReplacement(out, Matcher.quoteReplacement(field.group(1) + masked + field.group(4)));
        }
        field.appendTail(out);
        return out.toString();
    }

    private static String byKind(String name, String value) {
        if (value.isEmpty()) {
            return value;
        }
        return switch (name) {
            case "name", "first_name", "last_name", "full_name" -> Masking.name(value);
            case "address" -> Masking.address(value);
            case "phone", "phone_number" -> Masking.phone(value);
            case "username" -> Masking.username(value);
            default -> "***"; // free text: a description, a note, a message — nothing in it can be kept
        };
    }
}
