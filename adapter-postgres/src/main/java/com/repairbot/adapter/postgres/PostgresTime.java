package com.repairbot.adapter.postgres;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.jdbi.v3.core.argument.Argument;

/**
 * Instants as {@code timestamptz}, bound as {@link OffsetDateTime} in UTC. PostgreSQL keeps microseconds:
 * an instant is cut down (never rounded up) to its microsecond, so that "due at or before now" never
 * turns true a fraction of a microsecond early; where an exact instant must come back, the nanoseconds
 * within the microsecond go into a column of their own ({@link #nanosBelowMicros}).
 */
final class PostgresTime {

    private PostgresTime() {
    }

    /** @return the instant as a {@code timestamptz} argument (null stays SQL NULL) */
    static Argument at(Instant instant) {
        if (instant == null) {
            return (position, statement, ctx) -> statement.setNull(position, Types.TIMESTAMP_WITH_TIMEZONE);
        }
        OffsetDateTime value = OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
        return (position, statement, ctx) -> statement.setObject(position, value);
    }

    /** @return a local date-time as a {@code timestamp} argument (null stays SQL NULL) */
    static Argument local(LocalDateTime local) {
        if (local == null) {
            return (position, statement, ctx) -> statement.setNull(position, Types.TIMESTAMP);
        }
        return (position, statement, ctx) -> statement.setObject(position, local);
    }

    /** @return a date as a {@code date} argument (null stays SQL NULL) */
    static Argument date(LocalDate date) {
        if (date == null) {
            return (position, statement, ctx) -> statement.setNull(position, Types.DATE);
        }
        return (position, statement, ctx) -> statement.setObject(position, date);
    }

    /** @return the nanoseconds that {@link #at} cuts off (0-999) */
    static int nanosBelowMicros(Instant instant) {
        return instant.getNano() % 1000;
    }

    /** @return the column's instant, or null */
    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** @return the column's instant with the nanoseconds kept beside it */
    static Instant instant(ResultSet rs, String column, String nanosColumn) throws SQLException {
        return instant(rs, column).plusNanos(rs.getInt(nanosColumn));
    }

    static LocalDateTime local(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDateTime.class);
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }
}
