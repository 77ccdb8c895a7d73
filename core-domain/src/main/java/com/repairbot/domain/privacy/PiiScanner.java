package com.repairbot.domain.privacy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds phone numbers and e-mail addresses inside free text (notes, refusal reasons, log lines) and
 * masks them. It is the last line of defence: values that are known to be personal data are masked
 * by their own {@code toString()} long before text reaches this scanner.
 */
public final class PiiScanner {

    /** A run of 10–15 digits, optionally with +, spaces, dashes, dots and brackets between them. */
    private static final Pattern PHONE =
            Pattern.compile("(?<![\\w+])\\+?\\d(?:[\\s\\-.()]{0,2}\\d){9,14}(?!\\w)");
    private static final Pattern EMAIL =
            Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+\\.\\p{L}{2,}");

    private PiiScanner() {
    }

    /**
     * @param text any text, may be {@code null}
     * @return the text with every phone number and e-mail address masked
     */
    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String withoutEmails = replace(EMAIL.matcher(text), Masking::email);
        return replace(PHONE.matcher(withoutEmails), PiiScanner::maskPhoneDigits);
    }

    /** Keeps the + and the first digit, and the last four digits; every other digit becomes *. */
    private static String maskPhoneDigits(String match) {
        int digits = (int) match.chars().filter(Character::isDigit).count();
        StringBuilder out = new StringBuilder(match.length());
        int seen = 0;
        for (char c : match.toCharArray()) {
            if (Character.isDigit(c)) {
                seen++;
                out.append(seen == 1 || seen > digits - 4 ? c : '*');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String replace(Matcher matcher, java.util.function.UnaryOperator<String> masker) {
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(masker.apply(matcher.group())));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
