package com.repairbot.domain.shared;

/** Text hygiene shared by every value object that holds user input. */
public final class Texts {

    private Texts() {
    }

    /**
     * Trims the text and removes control characters (line breaks are kept, tabs become spaces).
     *
     * @param raw user input, may be {@code null}
     * @return the cleaned text, never {@code null}
     */
    public static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(raw.length());
        raw.codePoints().forEach(cp -> {
            if (cp == '\n') {
                out.append('\n');
            } else if (cp == '\t') {
                out.append(' ');
            } else if (cp == '\r' || Character.getType(cp) == Character.CONTROL
                    || Character.getType(cp) == Character.FORMAT && cp != 0x200D) {
                // dropped: control and invisible format characters (zero-width joiner kept for emoji)
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString().strip();
    }

    /**
     * Cleans the text and checks its length in characters (code points).
     *
     * @param field code prefix of the error, e.g. {@code description}
     * @return the cleaned text
     * @throws InvalidValueException {@code <field>.length} with the limits as arguments
     */
    public static String cleanWithin(String field, String raw, int min, int max) {
        String text = clean(raw);
        int length = text.codePointCount(0, text.length());
        if (length < min || length > max) {
            throw new InvalidValueException(field + ".length", min, max);
        }
        return text;
    }
}
