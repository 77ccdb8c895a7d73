package com.repairbot.adapter.sqlite;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Collection;
import java.util.Optional;

/** Small helpers for the statements bound and read by hand (ADR 0036). */
final class Statements {

    private Statements() {
    }

    /** Binds the value, or NULL when there is none. */
    static void setLong(PreparedStatement statement, int index, Optional<? extends Number> value) throws SQLException {
        setLong(statement, index, value.orElse(null));
    }

    /** Binds the value, or NULL. */
    static void setLong(PreparedStatement statement, int index, Number value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value.longValue());
        }
    }

    /** @return the column's value, or null when it is NULL */
    static Long getLong(ResultSet row, int column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    /**
     * @param rows how many rows one multi-row INSERT writes
     * @return {@code (?, ?), (?, ?), …}: {@code rows} groups of {@code columns} parameters
     */
    static String valueRows(int rows, int columns) {
        String one = "(" + "?, ".repeat(columns - 1) + "?)";
        StringBuilder all = new StringBuilder(one);
        for (int i = 1; i < rows; i++) {
            all.append(", ").append(one);
        }
        return all.toString();
    }

    /**
     * The ids as a JSON array, for {@code … IN (SELECT value FROM json_each(?))}: one statement (prepared once) for
     * any number of ids, where {@code IN (?, ?, …)} would be a statement per count.
     */
    static String jsonArray(Collection<Long> ids) {
        StringBuilder json = new StringBuilder(ids.size() * 8 + 2).append('[');
        for (Long id : ids) {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append(id.longValue());
        }
        return json.append(']').toString();
    }

    /**
     * The size of the next chunk of a multi-row INSERT: the largest power of two up to {@code remaining} and
     * {@code most}, so that any count is written by a few statements of a handful of shapes (each prepared once).
     */
    static int chunk(int remaining, int most) {
        return Integer.highestOneBit(Math.min(remaining, most));
    }
}
