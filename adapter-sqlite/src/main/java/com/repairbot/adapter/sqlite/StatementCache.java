package com.repairbot.adapter.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * One connection's prepared statements, by SQL text (ADR 0036). SQLite compiles a statement when it is prepared:
 * for the statements every update runs, preparing (and Jdbi's work around it) cost more than running them.
 *
 * <p>Used by one thread at a time, as its connection is (the writer's thread, or the reader that took the
 * connection from the pool). A statement is left reset after each use: an update resets itself, a query's
 * result set is closed by its caller, which also ends a reader's read transaction (a statement left stepping would
 * keep the reader on an old snapshot and hold back WAL checkpoints).
 */
final class StatementCache implements AutoCloseable {

    /** More distinct statements than the hot paths have: past it, a statement is prepared for its one use. */
    static final int MOST = 64;

    private final Connection connection;
    private final Map<String, PreparedStatement> bySql = new HashMap<>();

    StatementCache(Connection connection) {
        this.connection = connection;
    }

    /** What a use of a statement does with it. */
    @FunctionalInterface
    interface Use<T> {
        T with(PreparedStatement statement) throws SQLException;
    }

    /**
     * Runs {@code use} on the statement for {@code sql}, prepared once. A use that fails drops the statement
     * (closed, prepared afresh next time): whatever state the failure left it in is never reused.
     */
    <T> T run(String sql, Use<T> use) throws SQLException {
        PreparedStatement statement = bySql.get(sql);
        boolean kept = true;
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            kept = bySql.size() < MOST;
            if (kept) {
                bySql.put(sql, statement);
            }
        }
        boolean done = false;
        try {
            T result = use.with(statement);
            done = true;
            return result;
        } finally {
            if (!done || !kept) {
                bySql.remove(sql, statement);
                closeQuietly(statement);
            }
        }
    }

    /** @return how many statements are kept (for tests) */
    int size() {
        return bySql.size();
    }

    @Override
    public void close() {
        bySql.values().forEach(StatementCache::closeQuietly);
        bySql.clear();
    }

    private static void closeQuietly(PreparedStatement statement) {
        try {
            statement.close();
        } catch (SQLException ignored) {
            // the connection is going or gone; nothing is left to release
        }
    }
}
