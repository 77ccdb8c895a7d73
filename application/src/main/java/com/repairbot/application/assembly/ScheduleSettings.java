package com.repairbot.application.assembly;

import com.repairbot.domain.request.Status;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The thresholds and times of the scheduled work (docs/scheduled-work.md), all times in the business time zone.
 *
 * @param overdueCheck  how often overdue requests are looked for
 * @param overdue       how long a request may stay in a status before dispatchers and admins are alerted
 * @param reminderCheck how often reminders are looked for
 * @param remindAccept  an ASSIGNED request not accepted for this long: the technician's group is reminded
 * @param remindAssign  a NEW request not assigned for this long: dispatchers are reminded
 * @param visitAhead    a visit within this time: the technician is reminded
 * @param daily         the daily report's time
 * @param weeklyDay     the weekly report's day
 * @param weekly        the weekly report's time
 * @param monthlyDay    the monthly report's day of the month (1–28, so that every month has it)
 * @param monthly       the monthly report's time
 */
public record ScheduleSettings(Duration overdueCheck, Map<Status, Duration> overdue, Duration reminderCheck,
                               Duration remindAccept, Duration remindAssign, Duration visitAhead, LocalTime daily,
                               DayOfWeek weeklyDay, LocalTime weekly, int monthlyDay, LocalTime monthly) {

    public ScheduleSettings {
        positive("overdue check", overdueCheck);
        overdue = Collections.unmodifiableMap(new EnumMap<>(Objects.requireNonNull(overdue, "overdue")));
        overdue.values().forEach(limit -> positive("overdue threshold", limit));
        positive("reminder check", reminderCheck);
        positive("accept reminder", remindAccept);
        positive("assign reminder", remindAssign);
        positive("visit reminder", visitAhead);
        Objects.requireNonNull(daily, "daily");
        Objects.requireNonNull(weeklyDay, "weeklyDay");
        Objects.requireNonNull(weekly, "weekly");
        if (monthlyDay < 1 || monthlyDay > 28) {
            throw new IllegalArgumentException("the monthly report's day must be 1..28, not " + monthlyDay);
        }
        Objects.requireNonNull(monthly, "monthly");
    }

    /** @return the defaults of docs/scheduled-work.md: checks every 30 min; NEW 2 h, ASSIGNED 4 h, ACCEPTED 8 h, ONSITE 12 h; 15-min reminders */
    public static ScheduleSettings defaults() {
        Map<Status, Duration> overdue = new EnumMap<>(Status.class);
        overdue.put(Status.NEW, Duration.ofHours(2));
        overdue.put(Status.ASSIGNED, Duration.ofHours(4));
        overdue.put(Status.ACCEPTED, Duration.ofHours(8));
        overdue.put(Status.ONSITE, Duration.ofHours(12));
        return new ScheduleSettings(Duration.ofMinutes(30), overdue, Duration.ofMinutes(5), Duration.ofMinutes(15),
                Duration.ofMinutes(15), Duration.ofHours(2), LocalTime.of(8, 0), DayOfWeek.MONDAY, LocalTime.of(9, 0),
                1, LocalTime.of(10, 0));
    }

    private static void positive(String what, Duration duration) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("the " + what + " must be positive, not " + duration);
        }
    }
}
