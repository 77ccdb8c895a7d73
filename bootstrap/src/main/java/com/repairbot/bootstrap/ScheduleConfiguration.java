package com.repairbot.bootstrap;

import com.repairbot.application.assembly.ScheduleSettings;
import com.repairbot.domain.request.Status;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The thresholds and times of the scheduled work (docs/scheduled-work.md), from environment variables, each optional with the
 * documented default and validated like the rest of the configuration (one line naming the variable):
 * <ul>
 *   <li>{@code OVERDUE_AFTER} — {@code NEW=2h,ASSIGNED=4h,ACCEPTED=8h,ONSITE=12h} (statuses left out keep their
 *       default; durations as {@code 90m}, {@code 2h}, {@code 1d});</li>
 *   <li>{@code OVERDUE_CHECK_EVERY} — {@code 30m}; {@code REMIND_AFTER} — {@code 15m} (not accepted / not
 *       assigned); {@code VISIT_REMIND_BEFORE} — {@code 2h};</li>
 *   <li>{@code DAILY_REPORT_AT} — {@code 08:00}; {@code WEEKLY_REPORT_AT} — {@code MON 09:00};
 *       {@code MONTHLY_REPORT_AT} — {@code 1 10:00} (day 1–28).</li>
 * </ul>
 */
final class ScheduleConfiguration {

    private static final Set<Status> WATCHED = Set.of(Status.NEW, Status.ASSIGNED, Status.ACCEPTED, Status.ONSITE,
            Status.LONG_REPAIR);

    private ScheduleConfiguration() {
    }

    /** @throws ConfigurationException naming the first bad variable */
    static ScheduleSettings from(Map<String, String> env) {
        ScheduleSettings d = ScheduleSettings.defaults();
        Duration remind = duration(env, "REMIND_AFTER").orElse(d.remindAccept());
        String weekly = value(env, "WEEKLY_REPORT_AT").orElse(null);
        String monthly = value(env, "MONTHLY_REPORT_AT").orElse(null);
        return new ScheduleSettings(duration(env, "OVERDUE_CHECK_EVERY").orElse(d.overdueCheck()), overdue(env, d),
                d.reminderCheck(), remind, remind, duration(env, "VISIT_REMIND_BEFORE").orElse(d.visitAhead()),
                time(env, "DAILY_REPORT_AT", value(env, "DAILY_REPORT_AT").orElse(null), d.daily()),
                weekly == null ? d.weeklyDay() : weekDay(weekly),
                weekly == null ? d.weekly() : time(env, "WEEKLY_REPORT_AT", after(weekly), d.weekly()),
                monthly == null ? d.monthlyDay() : monthDay(monthly),
                monthly == null ? d.monthly() : time(env, "MONTHLY_REPORT_AT", after(monthly), d.monthly()));
    }

    private static Map<Status, Duration> overdue(Map<String, String> env, ScheduleSettings defaults) {
        Map<Status, Duration> limits = new EnumMap<>(defaults.overdue());
        Optional<String> text = value(env, "OVERDUE_AFTER");
        if (text.isEmpty()) {
            return limits;
        }
        for (String part : text.get().split(",")) {
            String[] pair = part.strip().split("=", 2);
            Status status;
            try {
                status = Status.valueOf(pair[0].strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                status = null;
            }
            if (pair.length != 2 || status == null || !WATCHED.contains(status)) {
                throw new ConfigurationException("OVERDUE_AFTER: \"" + part.strip() + "\" is not STATUS=duration"
                        + " (e.g. NEW=2h,ASSIGNED=4h,ACCEPTED=8h,ONSITE=12h)");
            }
            limits.put(status, parse("OVERDUE_AFTER", pair[1].strip()));
        }
        return limits;
    }

    private static Optional<Duration> duration(Map<String, String> env, String name) {
        return value(env, name).map(text -> parse(name, text));
    }

    /** {@code 90m}, {@code 2h}, {@code 1d}: a positive whole number of minutes, hours or days. */
    static Duration parse(String name, String text) {
        String clean = text.strip().toLowerCase(Locale.ROOT);
        if (!clean.matches("\\d{1,5}[mhd]") || Long.parseLong(clean.substring(0, clean.length() - 1)) == 0) {
            throw new ConfigurationException(name + ": \"" + text + "\" is not a duration (e.g. 30m, 2h, 1d)");
        }
        long amount = Long.parseLong(clean.substring(0, clean.length() - 1));
        return switch (clean.charAt(clean.length() - 1)) {
            case 'm' -> Duration.ofMinutes(amount);
            case 'h' -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
    }

    private static LocalTime time(Map<String, String> env, String name, String text, LocalTime fallback) {
        if (text == null) {
            return fallback;
        }
        try {
            return LocalTime.parse(text.strip().length() == 4 ? "0" + text.strip() : text.strip());
        } catch (DateTimeParseException e) {
            throw new ConfigurationException(name + ": \"" + text.strip() + "\" is not a time of day (e.g. 08:00)");
        }
    }

    private static DayOfWeek weekDay(String text) {
        String day = text.strip().split("\\s+")[0].toUpperCase(Locale.ROOT);
        for (DayOfWeek candidate : DayOfWeek.values()) {
            if (candidate.name().startsWith(day) && day.length() >= 3) {
                return candidate;
            }
        }
        throw new ConfigurationException("WEEKLY_REPORT_AT: \"" + text + "\" is not a day and a time (e.g. MON 09:00)");
    }

    private static int monthDay(String text) {
        String day = text.strip().split("\\s+")[0];
        if (!day.matches("\\d{1,2}") || Integer.parseInt(day) < 1 || Integer.parseInt(day) > 28) {
            throw new ConfigurationException("MONTHLY_REPORT_AT: \"" + text
                    + "\" is not a day 1-28 and a time (e.g. 1 10:00)");
        }
        return Integer.parseInt(day);
    }

    /** @return what follows the first word ({@code MON 09:00} → {@code 09:00}); a missing time is an error */
    private static String after(String text) {
        String[] words = text.strip().split("\\s+", 2);
        return words.length == 2 ? words[1] : "";
    }

    private static Optional<String> value(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }
}
