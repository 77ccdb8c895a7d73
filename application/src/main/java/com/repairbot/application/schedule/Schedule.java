package com.repairbot.application.schedule;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/** When a job is due: the newest slot at or before a given instant. */
public sealed interface Schedule {

    /** @return the newest slot at or before {@code now} */
    Instant latest(Instant now);

    /** @return about how far apart its slots are (a lease is held for part of it) */
    Duration period();

    /**
     * Every {@code period}, on multiples of it since the epoch (e.g. every 30 minutes: :00 and :30 UTC).
     *
     * @param period how often; at least a second
     */
    record Every(Duration period) implements Schedule {
        public Every {
            Objects.requireNonNull(period, "period");
            if (period.compareTo(Duration.ofSeconds(1)) < 0) {
                throw new IllegalArgumentException("a schedule runs at most every second");
            }
        }

        @Override
        public Instant latest(Instant now) {
            long step = period.toMillis();
            return Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), step) * step);
        }
    }

    /**
     * Every day at a local time.
     *
     * @param at   the time of day
     * @param zone the business time zone
     */
    record Daily(LocalTime at, ZoneId zone) implements Schedule {
        public Daily {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(zone, "zone");
        }

        @Override
        public Instant latest(Instant now) {
            ZonedDateTime local = now.atZone(zone);
            ZonedDateTime today = local.toLocalDate().atTime(at).atZone(zone);
            return (today.isAfter(local) ? today.minusDays(1) : today).toInstant();
        }

        @Override
        public Duration period() {
            return Duration.ofDays(1);
        }
    }

    /**
     * Every week on a day at a local time.
     *
     * @param day  the day of the week
     * @param at   the time of day
     * @param zone the business time zone
     */
    record Weekly(DayOfWeek day, LocalTime at, ZoneId zone) implements Schedule {
        public Weekly {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(zone, "zone");
        }

        @Override
        public Instant latest(Instant now) {
            ZonedDateTime local = now.atZone(zone);
            LocalDate date = local.toLocalDate().with(TemporalAdjusters.previousOrSame(day));
            ZonedDateTime slot = date.atTime(at).atZone(zone);
            return (slot.isAfter(local) ? slot.minusWeeks(1) : slot).toInstant();
        }

        @Override
        public Duration period() {
            return Duration.ofDays(7);
        }
    }

    /**
     * Every month on a day at a local time.
     *
     * @param dayOfMonth the day, 1–28 (every month has it)
     * @param at         the time of day
     * @param zone       the business time zone
     */
    record Monthly(int dayOfMonth, LocalTime at, ZoneId zone) implements Schedule {
        public Monthly {
            if (dayOfMonth < 1 || dayOfMonth > 28) {
                throw new IllegalArgumentException("the day of the month must be 1..28");
            }
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(zone, "zone");
        }

        @Override
        public Instant latest(Instant now) {
            ZonedDateTime local = now.atZone(zone);
            ZonedDateTime slot = local.toLocalDate().withDayOfMonth(dayOfMonth).atTime(at).atZone(zone);
            return (slot.isAfter(local) ? slot.minusMonths(1) : slot).toInstant();
        }

        @Override
        public Duration period() {
            return Duration.ofDays(28);
        }
    }
}
