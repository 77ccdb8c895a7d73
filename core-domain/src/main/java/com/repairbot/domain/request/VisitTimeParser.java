package com.repairbot.domain.request;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the visit times dispatchers type, in Russian or English: {@code завтра 10:00},
 * {@code tomorrow 10:00}, {@code сегодня в 18:30}, {@code послезавтра 9:00}, {@code 25.11 14:00},
 * {@code 25.11.2026 14:00}, {@code 2026-11-25 14:00}, or a bare {@code 14:00} (today, or tomorrow when that
 * time has passed). Anything else is kept as text only.
 */
public final class VisitTimeParser {

    private static final Pattern TIME = Pattern.compile("(?:^|\\s)(?:в|at)?\\s*(\\d{1,2}):(\\d{2})$");
    private static final Pattern DAY_MONTH = Pattern.compile("^(\\d{1,2})\\.(\\d{1,2})(?:\\.(\\d{4}))?$");
    private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})$");

    private VisitTimeParser() {
    }

    /**
     * @param text what was typed
     * @param now  the current time in the business time zone
     * @return the visit, with its date-time when the text could be read
     */
    public static ScheduledVisit parse(String text, ZonedDateTime now) {
        return new ScheduledVisit(text, dateTime(text, now));
    }

    private static Optional<LocalDateTime> dateTime(String text, ZonedDateTime now) {
        String lower = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        Matcher time = TIME.matcher(lower);
        if (!time.find()) {
            return Optional.empty();
        }
        try {
            LocalTime at = LocalTime.of(Integer.parseInt(time.group(1)), Integer.parseInt(time.group(2)));
            String day = lower.substring(0, time.start()).strip();
            return day(day, at, now).map(date -> date.atTime(at));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> day(String day, LocalTime at, ZonedDateTime now) {
        LocalDate today = now.toLocalDate();
        switch (day) {
            case "" -> {
                return Optional.of(at.isAfter(now.toLocalTime()) ? today : today.plusDays(1));
            }
            case "сегодня", "today" -> {
                return Optional.of(today);
            }
            case "завтра", "tomorrow" -> {
                return Optional.of(today.plusDays(1));
            }
            case "послезавтра", "day after tomorrow" -> {
                return Optional.of(today.plusDays(2));
            }
            default -> {
                return explicitDate(day, today);
            }
        }
    }

    private static Optional<LocalDate> explicitDate(String day, LocalDate today) {
        Matcher dm = DAY_MONTH.matcher(day);
        if (dm.matches()) {
            int dayOfMonth = Integer.parseInt(dm.group(1));
            int month = Integer.parseInt(dm.group(2));
            if (dm.group(3) != null) {
                return Optional.of(LocalDate.of(Integer.parseInt(dm.group(3)), month, dayOfMonth));
            }
            LocalDate thisYear = LocalDate.of(today.getYear(), month, dayOfMonth);
            // "25.01" typed in December means next January, not eleven months ago
            return Optional.of(thisYear.isBefore(today.minusDays(1)) ? thisYear.plusYears(1) : thisYear);
        }
        Matcher iso = ISO_DATE.matcher(day);
        if (iso.matches()) {
            return Optional.of(LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                    Integer.parseInt(iso.group(3))));
        }
        return Optional.empty();
    }
}
