package com.repairbot.domain.report;

import com.repairbot.domain.shared.InvalidValueException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Objects;

/**
 * The days a report covers, whole calendar days in the business time zone, first and last included.
 *
 * @param kind  how the period was chosen (for its title)
 * @param first the first day
 * @param last  the last day, not before the first
 */
public record ReportPeriod(Kind kind, LocalDate first, LocalDate last) {

    /** The longest custom period: a bit over three years, so that a typo in a year cannot ask for centuries. */
    public static final int MAX_DAYS = 3 * 366;

    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd.MM.uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    /** How a period is chosen. */
    public enum Kind {
        /** Today so far. */
        TODAY,
        /** The day before today. */
        YESTERDAY,
        /** This week, Monday to today. */
        WEEK,
        /** This month, the 1st to today. */
        MONTH,
        /** Last week, Monday to Sunday: the weekly report. */
        PREVIOUS_WEEK,
        /** Last month, whole: the monthly report. */
        PREVIOUS_MONTH,
        /** Dates given by a person. */
        CUSTOM
    }

    public ReportPeriod {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new InvalidValueException("period.reversed");
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            throw new InvalidValueException("period.too_long", MAX_DAYS);
        }
    }

    /**
     * @param kind  any kind but {@link Kind#CUSTOM}
     * @param today the current day in the business time zone
     * @return the period of that kind as seen on that day
     */
    public static ReportPeriod of(Kind kind, LocalDate today) {
        return switch (kind) {
            case TODAY -> new ReportPeriod(kind, today, today);
            case YESTERDAY -> new ReportPeriod(kind, today.minusDays(1), today.minusDays(1));
            case WEEK -> new ReportPeriod(kind, today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), today);
            case MONTH -> new ReportPeriod(kind, today.withDayOfMonth(1), today);
            case PREVIOUS_WEEK -> {
                LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
                yield new ReportPeriod(kind, monday, monday.plusDays(6));
            }
            case PREVIOUS_MONTH -> {
                LocalDate firstDay = today.withDayOfMonth(1).minusMonths(1);
                yield new ReportPeriod(kind, firstDay, firstDay.with(TemporalAdjusters.lastDayOfMonth()));
            }
            case CUSTOM -> throw new IllegalArgumentException("a custom period needs its dates");
        };
    }

    /** @return the days from {@code first} to {@code last}, both included */
    public static ReportPeriod between(LocalDate first, LocalDate last) {
        return new ReportPeriod(Kind.CUSTOM, first, last);
    }

    /**
     * Reads what a person typed: {@code today}, {@code yesterday}, {@code week}, {@code month}, {@code prevweek},
     * {@code prevmonth} (also in Russian: сегодня, вчера, неделя, месяц, «прошлая неделя», «прошлый месяц»), one date {@code 25.12.2026}, or two dates {@code 01.12.2026-25.12.2026}.
     *
     * @throws InvalidValueException {@code period.invalid} when it is none of those; {@code period.date_invalid}
     *                               for a date that does not exist
     */
    public static ReportPeriod parse(String text, LocalDate today) {
        String clean = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return switch (clean) {
            case "", "today", "сегодня" -> of(Kind.TODAY, today);
            case "yesterday", "вчера" -> of(Kind.YESTERDAY, today);
            case "week", "неделя" -> of(Kind.WEEK, today);
            case "month", "месяц" -> of(Kind.MONTH, today);
            case "prevweek", "previous week", "last week", "прошлая неделя" -> of(Kind.PREVIOUS_WEEK, today);
            case "prevmonth", "previous month", "last month", "прошлый месяц" -> of(Kind.PREVIOUS_MONTH, today);
            default -> {
                String[] dates = clean.split("\\s*(?:-|–|—|\\.\\.)\\s*");
                if (!clean.matches("[0-9.\\s\\-–—]+")) {
                    throw new InvalidValueException("period.invalid");
                }
                if (dates.length == 1) {
                    LocalDate day = date(dates[0]);
                    yield between(day, day);
                }
                if (dates.length != 2) {
                    throw new InvalidValueException("period.invalid");
                }
                yield between(date(dates[0]), date(dates[1]));
            }
        };
    }

    /**
     * @return a typed date {@code dd.MM.yyyy}
     * @throws InvalidValueException {@code period.date_invalid} for another form or a date that does not exist
     */
    public static LocalDate date(String text) {
        String clean = text == null ? "" : text.strip();
        if (!clean.matches("\\d{2}\\.\\d{2}\\.\\d{4}")) {
            throw new InvalidValueException("period.date_invalid");
        }
        try {
            return LocalDate.parse(clean, TYPED);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("period.date_invalid");
        }
    }

    /** @return the first instant of the first day in that zone */
    public Instant start(ZoneId zone) {
        return first.atStartOfDay(zone).toInstant();
    }

    /** @return the first instant after the last day in that zone */
    public Instant end(ZoneId zone) {
        return last.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** @return the period as compact text that {@link #parse} reads back, e.g. {@code 01.12.2026-25.12.2026} */
    public String code() {
        return TYPED.format(first) + "-" + TYPED.format(last);
    }
}
