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

    static String format(Instant instant) {
        return INSTANT.format(instant);
    }

    static Instant parse(String text) {
        return Instant.parse(text);
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
