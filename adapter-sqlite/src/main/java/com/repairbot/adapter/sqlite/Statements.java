package com.repairbot.adapter.sqlite;

import java.sql.PreparedStatement;
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
}
