package com.repairbot.adapter.postgres;

import com.repairbot.application.port.out.StoreUnavailableException;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.StatementException;
import org.jdbi.v3.core.statement.StatementExceptions;

/**
 * One PostgreSQL database: the schema (Flyway), a HikariCP pool, and units of work.
 *
 * <p>A unit of work ({@link #write}) is one transaction on one pooled connection. Its first statement takes
 * one transaction-scoped advisory lock, the same for every instance, so units never interleave, whichever
 * process runs them: a use case that reads, checks and writes sees the database as no other unit changes
 * it, as on SQLite's single writer. The lock is released by the commit or rollback. A unit that calls
 * {@link #write} or {@link #read} again on its thread runs on the unit's connection, so that its reads see
 * its own writes and it commits together. Reads outside a unit take any pooled connection and never wait
 * for the lock (each statement reads a committed snapshot).
 */
public final class PostgresDatabase implements AutoCloseable {

    /** The advisory lock every unit of work takes: any fixed 64-bit number; this one spells "rprbotwr". */
    static final long WRITE_LOCK = 0x7270_7262_6f74_7772L;
    private static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(10);

    private final PostgresLocation location;
    private final HikariDataSource pool;
    private final Jdbi jdbi;
    /** The handle of the unit of work this thread is running, if any. */
    private final ThreadLocal<Handle> unit = new ThreadLocal<>();

    private PostgresDatabase(PostgresLocation location, HikariDataSource pool) {
        this.location = location;
        this.pool = pool;
        this.jdbi = Jdbi.create(pool);
        jdbi.getConfig(StatementExceptions.class).setMessageRendering(PostgresDatabase::withoutArguments);
    }

    /**
     * Connects, migrates the schema and opens the pool.
     *
     * @param location where the database is
     * @param poolSize connections at most (at least 2: a unit of work and a reader)
     * @throws StoreUnavailableException when the server cannot be reached, refuses the login, or the schema
     *                                   cannot be migrated (the message never holds the password)
     */
    public static PostgresDatabase open(PostgresLocation location, int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(location.jdbcUrl());
        config.setUsername(location.user());
        config.setPassword(location.password());
        config.setMaximumPoolSize(Math.max(2, poolSize));
        config.setMinimumIdle(2);
        config.setPoolName("postgres");
        config.setConnectionTimeout(CONNECTION_TIMEOUT.toMillis());
        config.addDataSourceProperty("ApplicationName", "repair-bot");
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StoreUnavailableException("cannot connect to PostgreSQL " + location.describe() + ": "
                    + firstLine(e), e);
        }
        try {
            Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration/postgresql")
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
            return new PostgresDatabase(location, pool);
        } catch (RuntimeException e) {
            pool.close();
            throw new StoreUnavailableException("cannot migrate PostgreSQL " + location.describe() + ": "
                    + firstLine(e), e);
        }
    }

    private static String firstLine(Throwable e) {
        Throwable deepest = e;
        while (deepest.getCause() != null && deepest.getCause() != deepest) {
            deepest = deepest.getCause();
        }
        String message = deepest.getMessage() == null ? deepest.getClass().getSimpleName() : deepest.getMessage();
        return message.lines().findFirst().orElse("").strip();
    }

    /** @return where the database is (no password) */
    public PostgresLocation location() {
        return location;
    }

    /**
     * Runs a unit of work in one transaction that holds the write lock; nested calls run inline.
     *
     * @return what the work returned, once committed
     * @throws RuntimeException whatever the work threw (its transaction was rolled back)
     * @throws StoreUnavailableException when the database failed (nothing was committed)
     */
    public <T> T write(HandleCallback<T, ? extends Exception> work) {
        Handle current = unit.get();
        if (current != null) {
            return call(work, current);
        }
        Handle handle = open();
        try {
            handle.begin();
            handle.createQuery("SELECT 1 FROM pg_advisory_xact_lock(:lock)").bind("lock", WRITE_LOCK)
                    .mapTo(Integer.class).one();
            unit.set(handle);
            T result;
            try {
                result = call(work, handle);
            } finally {
                unit.remove();
            }
            handle.commit();
            return result;
        } catch (JdbiException e) {
            rollbackQuietly(handle);
            throw new StoreUnavailableException("database write failed", e);
        } catch (RuntimeException | Error e) {
            rollbackQuietly(handle);
            throw e;
        } finally {
            handle.close();
        }
    }

    /**
     * Runs a query on a pooled connection, or inside a unit of work on the unit's connection (so that it sees
     * the unit's own writes).
     */
    public <T> T read(HandleCallback<T, ? extends Exception> query) {
        Handle current = unit.get();
        if (current != null) {
            return call(query, current);
        }
        try (Handle handle = open()) {
            return call(query, handle);
        }
    }

    /**
     * Runs queries in one read-only transaction that sees one snapshot (repeatable read): several reads of a
     * report agree with each other, and a cursor streams (the driver fetches rows in batches only inside a
     * transaction, so a large export does not arrive whole).
     */
    <T> T readInTransaction(HandleCallback<T, ? extends Exception> query) {
        Handle current = unit.get();
        if (current != null) {
            return call(query, current);
        }
        try (Handle handle = open()) {
            handle.begin();
            try {
                handle.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
                return call(query, handle);
            } finally {
                rollbackQuietly(handle);
            }
        }
    }

    private Handle open() {
        try {
            return jdbi.open();
        } catch (JdbiException e) {
            throw new StoreUnavailableException("no connection to PostgreSQL " + location.describe(), e);
        }
    }

    private static <T> T call(HandleCallback<T, ? extends Exception> work, Handle handle) {
        try {
            return work.withHandle(handle);
        } catch (JdbiException e) {
            throw new StoreUnavailableException("database call failed: " + firstLine(e), e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new StoreUnavailableException("database call failed", e);
        }
    }

    private static void rollbackQuietly(Handle handle) {
        try {
            if (handle.isInTransaction()) {
                handle.rollback();
            }
        } catch (RuntimeException ignored) {
            // the connection is gone: nothing was committed, and the pool drops it
        }
    }

    /**
     * Jdbi's exception messages list a statement's bound arguments by default — a client's name, phone, address
     * and notes in the log line (and error report) of a failed insert. Ours say what failed and the SQL only.
     */
    private static String withoutArguments(StatementException failure) {
        String sql = failure.getStatementContext() == null ? null : failure.getStatementContext().getRawSql();
        return sql == null ? failure.getShortMessage() : failure.getShortMessage() + " [statement:\"" + sql + "\"]";
    }

    /** Closes the pool: connections in use are closed as they come back. */
    @Override
    public void close() {
        pool.close();
    }
}
