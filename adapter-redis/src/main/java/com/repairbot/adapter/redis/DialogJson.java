package com.repairbot.adapter.redis;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The dialog's answers as a JSON object of strings ({@code fsm:…:data}), written and read exactly (RFC 8259).
 * Written: keys in order, {@code "} and {@code \} escaped, control characters, U+2028/U+2029 and unpaired
 * surrogates as {@code \\uXXXX} (an unpaired surrogate has no UTF-8 form and would be lost), everything else
 * as it is. Read: any valid JSON object whose values are all strings; anything else is refused.
 */
final class DialogJson {

    private DialogJson() {
    }

    static String write(Map<String, String> data) {
        StringBuilder json = new StringBuilder(32 + data.size() * 32).append('{');
        boolean first = true;
        for (Map.Entry<String, String> entry : new TreeMap<>(data).entrySet()) {
            if (!first) {
                json.append(',');
            }
            first = false;
            string(json, entry.getKey());
            json.append(':');
            string(json, entry.getValue());
        }
        return json.append('}').toString();
    }

    /**
     * @throws IllegalArgumentException when the text is not a JSON object of strings (or names a key twice)
     */
    static Map<String, String> read(String json) {
        return new Reader(json).object();
    }

    private static void string(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                case '\b' -> json.append("\\b");
                case '\f' -> json.append("\\f");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029' || unpaired(text, i)) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }

    private static boolean unpaired(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        }
        return false;
    }

    /** A small recursive-descent reader for the one shape stored: an object of strings. */
    private static final class Reader {

        private final String json;
        private int at;

        private Reader(String json) {
            this.json = json;
        }

        Map<String, String> object() {
            Map<String, String> data = new HashMap<>();
            space();
            expect('{');
            space();
            if (peek() == '}') {
                at++;
            } else {
                while (true) {
                    space();
                    String key = string();
                    space();
                    expect(':');
                    space();
                    if (data.put(key, string()) != null) {
                        throw refused("a key named twice");
                    }
                    space();
                    char next = next();
                    if (next == '}') {
                        break;
                    }
                    if (next != ',') {
                        throw refused("',' or '}' expected");
                    }
                }
            }
            space();
            if (at != json.length()) {
                throw refused("text after the object");
            }
            return data;
        }

        private String string() {
            expect('"');
            StringBuilder text = new StringBuilder();
            while (true) {
                char c = next();
                if (c == '"') {
                    return text.toString();
                }
                if (c < 0x20) {
                    throw refused("a control character inside a string");
                }
                if (c != '\\') {
                    text.append(c);
                    continue;
                }
                char escaped = next();
                switch (escaped) {
                    case '"', '\\', '/' -> text.append(escaped);
                    case 'n' -> text.append('\n');
                    case 'r' -> text.append('\r');
                    case 't' -> text.append('\t');
                    case 'b' -> text.append('\b');
                    case 'f' -> text.append('\f');
                    case 'u' -> text.append(hex4());
                    default -> throw refused("an unknown escape \\" + escaped);
                }
            }
        }

        private char hex4() {
            if (at + 4 > json.length()) {
                throw refused("a \\u escape cut short");
            }
            int value = 0;
            for (int i = 0; i < 4; i++) {
                int digit = Character.digit(json.charAt(at++), 16);
                if (digit < 0) {
                    throw refused("a \\u escape with a character that is not hexadecimal");
                }
                value = value * 16 + digit;
            }
            return (char) value;
        }

        private void space() {
            while (at < json.length() && " \t\r\n".indexOf(json.charAt(at)) >= 0) {
                at++;
            }
        }

        private char peek() {
            if (at >= json.length()) {
                throw refused("the text ends too soon");
            }
            return json.charAt(at);
        }

        private char next() {
            char c = peek();
            at++;
            return c;
        }

        private void expect(char wanted) {
            if (next() != wanted) {
                throw refused("'" + wanted + "' expected");
            }
        }

        /** The message says where, never what: the answers are personal data. */
        private IllegalArgumentException refused(String why) {
            return new IllegalArgumentException("dialog data is not a JSON object of strings: " + why
                    + " at character " + at);
        }
    }
}
