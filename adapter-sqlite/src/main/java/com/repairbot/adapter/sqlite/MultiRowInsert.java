package com.repairbot.adapter.sqlite;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * An INSERT of many rows in a few statements (ADR 0036): statements of 2^k rows (1, 2, 4 … 64), so that any count is
 * written by a few statements of a handful of shapes, each prepared once per connection (49 rows: 32 + 16 + 1).
 * SQLite gives the rows their ids in the order of their VALUES, so the rows keep the list's order.
 */
final class MultiRowInsert<T> {

    /** Rows per statement, at most: 64 × a few parameters, far below SQLite's limit (32,766). */
    private static final int MOST_ROWS = 64;

    /** Sets one row's parameters from {@code first} on. */
    @FunctionalInterface
    interface RowBinder<T> {
        /** @return the index of the next parameter */
        int bind(PreparedStatement statement, int first, T row) throws SQLException;
    }

    /** The statement of 2^k rows at index k. */
    private final String[] shapes = new String[Integer.numberOfTrailingZeros(MOST_ROWS) + 1];
    private final RowBinder<T> binder;

    /**
     * @param head    the statement up to {@code VALUES}, e.g. {@code INSERT INTO outbox (recipient, kind)}
     * @param columns the parameters of one row
     */
    MultiRowInsert(String head, int columns, RowBinder<T> binder) {
        this.binder = binder;
        String one = "(" + "?, ".repeat(columns - 1) + "?)";
        for (int k = 0; k < shapes.length; k++) {
            shapes[k] = head + " VALUES " + String.join(", ", java.util.Collections.nCopies(1 << k, one));
        }
    }

    /** @return the rows inserted (ignored ones not counted) */
    int insert(SqliteDatabase database, Handle handle, List<T> rows) {
        int written = 0;
        for (int from = 0; from < rows.size(); ) {
            int count = Integer.highestOneBit(Math.min(rows.size() - from, MOST_ROWS));
            List<T> chunk = rows.subList(from, from + count);
            written += database.update(handle, shapes[Integer.numberOfTrailingZeros(count)], statement -> {
                int next = 1;
                for (T row : chunk) {
                    next = binder.bind(statement, next, row);
                }
            });
            from += count;
        }
        return written;
    }
}
