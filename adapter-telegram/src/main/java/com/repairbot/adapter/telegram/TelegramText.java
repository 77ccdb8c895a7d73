package com.repairbot.adapter.telegram;

import java.util.ArrayList;
import java.util.List;

/** Plain text made fit for Telegram's HTML parse mode: split under the length limit, then escaped. */
final class TelegramText {

    /** Telegram's limit, counted on the text as shown (after entities are parsed), in UTF-16 units. */
    static final int MAX_LENGTH = 4096;

    private TelegramText() {
    }

    /** @return the text with {@code & < >} escaped, so that nothing in it is read as markup */
    static String html(String plain) {
        StringBuilder out = new StringBuilder(plain.length() + 16);
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Splits plain text into parts of at most {@code max} characters, at line ends where possible, never inside
     * a surrogate pair. Blank text gives no parts.
     */
    static List<String> split(String plain, int max) {
        List<String> parts = new ArrayList<>();
        if (plain.isBlank()) {
            return parts;
        }
        StringBuilder part = new StringBuilder();
        for (String line : plain.split("\n", -1)) {
            String rest = line;
            // a line that does not fit even alone is cut hard
            while (rest.length() > max) {
                flush(part, parts);
                int cut = max;
                if (Character.isHighSurrogate(rest.charAt(cut - 1))) {
                    cut--;
                }
                parts.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            int needed = part.isEmpty() ? rest.length() : part.length() + 1 + rest.length();
            if (needed > max) {
                flush(part, parts);
            }
            if (!part.isEmpty()) {
                part.append('\n');
            }
            part.append(rest); // an empty line at the start of a part is dropped
        }
        flush(part, parts);
        parts.removeIf(String::isBlank);
        return parts;
    }

    private static void flush(StringBuilder part, List<String> parts) {
        if (!part.isEmpty()) {
            parts.add(part.toString());
            part.setLength(0);
        }
    }
}
