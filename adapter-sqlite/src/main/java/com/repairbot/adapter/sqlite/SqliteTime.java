package com.repairbot.adapter.sqlite;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Instants as fixed-width ISO-8601 UTC text with nanoseconds ({@code 2026-11-23T09:00:00.000000000Z}): exact,
 * readable in the file, and ordered correctly by plain text comparison in SQL.
 */
final class SqliteTime {

    private static final DateTimeFormatter INSTANT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.nnnnnnnnn'Z'").withZone(ZoneOffset.UTC);

    private SqliteTime() {
    }

    /** Length of the fixed-width text: {@code 2026-11-23T09:00:00.000000000Z}. */
    private static final int WIDTH = 30;
    private static final long LAST_SECOND_OF_9999 = 253_402_300_799L;

    /**
     * Every update writes instants (its record, its hold) and the lanes read them: written here digit by digit
     * rather than by {@link DateTimeFormatter}, which was a visible share of the writer's samples (ADR 0036). The
     * text is the formatter's, which still writes years outside 0000–9999.
     */
    static String format(Instant instant) {
        long seconds = instant.getEpochSecond();
        if (seconds < 0 || seconds > LAST_SECOND_OF_9999) {
            return INSTANT.format(instant);
        }
        LocalDateTime utc = LocalDateTime.ofEpochSecond(seconds, instant.getNano(), ZoneOffset.UTC);
        byte[] text = new byte[WIDTH];
        digits(text, 0, utc.getYear(), 4);
        text[4] = '-';
        digits(text, 5, utc.getMonthValue(), 2);
        text[7] = '-';
        digits(text, 8, utc.getDayOfMonth(), 2);
        text[10] = 'T';
        digits(text, 11, utc.getHour(), 2);
        text[13] = ':';
        digits(text, 14, utc.getMinute(), 2);
        text[16] = ':';
        digits(text, 17, utc.getSecond(), 2);
        text[19] = '.';
        digits(text, 20, utc.getNano(), 9);
        text[29] = 'Z';
        return new String(text, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private static void digits(byte[] text, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            text[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
    }

    /** Reads {@link #format}'s fixed-width text by hand, anything else (older rows, other widths) by the JDK. */
    static Instant parse(String text) {
        if (text.length() != WIDTH || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':' || text.charAt(19) != '.'
                || text.charAt(29) != 'Z') {
            return Instant.parse(text);
        }
        int year = number(text, 0, 4);
        int month = number(text, 5, 2);
        int day = number(text, 8, 2);
        int hour = number(text, 11, 2);
        int minute = number(text, 14, 2);
        int second = number(text, 17, 2);
        int nano = number(text, 20, 9);
        if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0 || nano < 0) {
            return Instant.parse(text);
        }
        // LocalDateTime.of checks each field's range, as Instant.parse does
        return LocalDateTime.of(year, month, day, hour, minute, second, nano).toInstant(ZoneOffset.UTC);
    }

    /** @return the decimal number of {@code width} digits at {@code at}, or -1 when one is not a digit */
    private static int number(String text, int at, int width) {
        int value = 0;
        for (int i = at; i < at + width; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    static String format(LocalDateTime local) {
        return local.toString();
    }

    static LocalDateTime parseLocal(String text) {
        return LocalDateTime.parse(text);
    }

    static String format(LocalDate date) {
        return date.toString();
    }

    static LocalDate parseDate(String text) {
        return LocalDate.parse(text);
    }
}
