package com.repairbot.adapter.sqlite;

import com.repairbot.application.port.out.StoreUnavailableException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementException;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;

/**
 * One SQLite file: the schema (Flyway), one writer connection owned by one platform thread, and a small
 * pool of read-only connections.
 *
 * <p>Every write goes through {@link #write}: callers on any thread queue their unit of work to the writer,
 * which takes what has queued up, opens one {@code BEGIN IMMEDIATE} transaction, runs each unit inside its
 * own savepoint (a failing unit is rolled back alone and gets its own exception), commits once, and only
 * then completes the callers (group commit). A unit that calls {@link #write} or {@link #read} again runs
 * inline on the writer's connection, so a use case's reads see its own writes and the whole use case commits
 * together. Since only this thread writes, {@code SQLITE_BUSY} cannot come from inside the process.
 *
 * <p>The statements every update runs go through {@link #update}, {@link #findOne} and {@link #list}: plain JDBC on
 * a statement prepared once per connection ({@link StatementCache}), rows read by hand. Everything else uses Jdbi
 * (ADR 0036).
 */
public final class SqliteDatabase implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SqliteDatabase.class);
    private static final int MAX_GROUP = 64;
    private static final int BUSY_TIMEOUT_MS = 10_000;
    /** Beside the database file: SQLite's native library, extracted once ({@link SqliteNativeLibrary}). */
    public static final String NATIVE_FOLDER = ".sqlite-native";
    /** The highest migration in {@code db/migration/sqlite} ({@code SqliteSchemaVersionTest} keeps them equal). */
    static final int SCHEMA_VERSION = 12;

    /** Sets a statement's parameters. */
    @FunctionalInterface
    interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    /** Reads the row a result set is on. */
    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    /** Binds nothing. */
    static final Binder NO_PARAMETERS = statement -> { };

    private record Unit<T>(HandleCallback<T, ? extends Exception> work, CompletableFuture<T> done) {
    }

    private final Path file;
    private final Jdbi writerJdbi;
    private final Handle writer;
    private final BlockingQueue<Unit<?>> queue = new LinkedBlockingQueue<>();
    private final BlockingQueue<Handle> readers;
    private final List<Handle> allReaders = new ArrayList<>();
    private final Thread writerThread;
    /** Each connection's prepared statements; filled in the constructor, never changed after. */
    private final Map<Connection, StatementCache> statements;
    private final StatementCache writerStatements;
    private volatile boolean open = true;
    /** The writer's handle while a unit runs; touched by the writer thread only. */
    private Handle inUnit;
    /** What the running unit asked to run once it is committed (writer thread only). */
    private final List<Runnable> unitCommitted = new ArrayList<>();
    /** What the group's units that succeeded asked to run once the group's transaction is committed. */
    private final List<Runnable> groupCommitted = new ArrayList<>();

    private SqliteDatabase(Path file, int readerCount) {
        this.file = file;
        String url = "jdbc:sqlite:" + file;
        this.writerJdbi = withoutArgumentsInErrors(Jdbi.create(url, config(false).toProperties()))
                .installPlugin(new SqlObjectPlugin());
        this.writer = writerJdbi.open();
        Jdbi readerJdbi = withoutArgumentsInErrors(Jdbi.create(url, config(true).toProperties()))
                .installPlugin(new SqlObjectPlugin());
        this.readers = new ArrayBlockingQueue<>(readerCount);
        for (int i = 0; i < readerCount; i++) {
            Handle reader = readerJdbi.open();
            allReaders.add(reader);
            readers.add(reader);
        }
        Map<Connection, StatementCache> caches = new IdentityHashMap<>();
        this.writerStatements = new StatementCache(writer.getConnection());
        caches.put(writer.getConnection(), writerStatements);
        allReaders.forEach(reader -> caches.put(reader.getConnection(), new StatementCache(reader.getConnection())));
        this.statements = caches;
        this.writerThread = Thread.ofPlatform().name("sqlite-writer").daemon(true).unstarted(this::writeLoop);
        writerThread.start();
    }

    /**
     * Opens (creating the folder and the file when missing) and migrates the database.
     *
     * @param file        the database file ({@code DATABASE_PATH})
     * @param readerCount read-only connections in the pool (at least 1)
     * @throws StoreUnavailableException when the file cannot be created, opened or migrated
     */
    public static SqliteDatabase open(Path file, int readerCount) {
        try {
            Path folder = file.toAbsolutePath().getParent();
            if (folder != null) {
                Files.createDirectories(folder);
                SqliteNativeLibrary.keepIn(folder.resolve(NATIVE_FOLDER));
            }
            migrate(file);
            return new SqliteDatabase(file, Math.max(1, readerCount));
        } catch (IOException | SQLException | RuntimeException e) {
            throw new StoreUnavailableException("cannot open the database " + file + ": " + reason(e), e);
        }
    }

    /** @return why the file could not be opened, in one line (Flyway's messages run over several) */
    private static String reason(Exception failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (message.contains("SQLITE_NOTADB") || message.contains("file is not a database")) {
                return "it is not a repair-bot database (SQLite cannot read it)";
            }
            if (message.contains("SQLITE_CANTOPEN")) {
                return "SQLite cannot open or create the file there";
            }
        }
        if (failure instanceof java.nio.file.FileSystemException fileSystem) {
            return "cannot create the folder " + fileSystem.getFile()
                    + (fileSystem.getReason() == null ? "" : " (" + fileSystem.getReason() + ")");
        }
        return String.valueOf(failure.getMessage()).lines().findFirst().orElse("").strip();
    }

    private static void migrate(Path file) throws SQLException {
        if (current(file)) {
            return;
        }
        Flyway.configure()
                .dataSource("jdbc:sqlite:" + file, null, null)
                .locations("classpath:db/migration/sqlite")
                .failOnMissingLocations(true)
                .load()
                .migrate();
    }

    /**
     * Whether the file's schema is the one this build ships: every migration up to {@link #SCHEMA_VERSION} applied,
     * none failed. Then Flyway is not started at all — loading it, finding the migrations in the jar and
     * checksumming each was a fifth of the start-up's main thread (JFR). Any other state (a new or older file, a
     * failed migration, a newer schema than this build knows) is Flyway's to migrate or refuse, as before.
     */
    static boolean current(Path file) throws SQLException {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            try (ResultSet table = statement.executeQuery(
                    "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'flyway_schema_history'")) {
                if (!table.next()) {
                    return false;
                }
            }
            try (ResultSet history = statement.executeQuery("SELECT max(CAST(version AS INTEGER)),"
                    + " sum(CASE WHEN success THEN 0 ELSE 1 END) FROM flyway_schema_history WHERE version IS NOT NULL")) {
                return history.next() && history.getInt(1) == SCHEMA_VERSION && history.getInt(2) == 0;
            }
        }
    }

    /**
     * Jdbi's exception messages list the statement's bound arguments by default — a client's name, phone,
     * address and notes in the log line of a failed insert. Ours say what failed and the SQL, never the values.
     */
    private static Jdbi withoutArgumentsInErrors(Jdbi jdbi) {
        jdbi.getConfig(StatementExceptions.class).setMessageRendering(SqliteDatabase::withoutArguments);
        return jdbi;
    }

    private static String withoutArguments(StatementException failure) {
        String sql = failure.getStatementContext() == null ? null : failure.getStatementContext().getRawSql();
        return sql == null ? failure.getShortMessage() : failure.getShortMessage() + " [statement:\"" + sql + "\"]";
    }

    private static SQLiteConfig config(boolean readOnly) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        // savepoints' sub-journals and temporary b-trees in memory: as files they cost each unit of work a temp
        // file in /var/tmp (created, unlinked, closed) and a write of every page it changed (issue 19)
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        // sqlite-jdbc otherwise runs "SELECT last_insert_rowid()" (a statement prepared and stepped) after every
        // INSERT, for a getGeneratedKeys() nobody here calls: 15 % of the writer's CPU in the rig (issue 19)
        config.setGetGeneratedKeys(false);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setReadOnly(readOnly);
        return config;
    }

    /** @return the database file */
    public Path file() {
        return file;
    }

    /**
     * Runs a unit of work in a write transaction on the writer; nested calls from inside a unit run inline.
     *
     * @return what the work returned, once committed
     * @throws RuntimeException whatever the work threw (its transaction was rolled back)
     * @throws StoreUnavailableException when the database failed or is closed
     */
    public <T> T write(HandleCallback<T, ? extends Exception> work) {
        if (Thread.currentThread() == writerThread && inUnit != null) {
            return call(work, inUnit);
        }
        if (!open) {
            throw new StoreUnavailableException("the database is closed", null);
        }
        CompletableFuture<T> done = new CompletableFuture<>();
        queue.add(new Unit<>(work, done));
        return await(done);
    }

    /** Waits for the writer; a writer that stopped (closed, or died) fails the wait instead of hanging it. */
    private <T> T await(CompletableFuture<T> done) {
        try {
            while (true) {
                try {
                    return done.get(1, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    if (!writerThread.isAlive()) {
                        done.completeExceptionally(new StoreUnavailableException("the database is closed", null));
                    }
                }
            }
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            // the unit stays queued and may still commit: callers retry idempotently
            throw new StoreUnavailableException("interrupted while waiting for the database", e);
        }
    }

    /**
     * Runs {@code action} on the writer once the unit of work that calls this is committed, before the unit's caller
     * is told; never when the unit (or its group's transaction) rolls back. For what a process keeps in memory of
     * the data (kept staff): it is dropped when a change of its own is committed, not before and not never.
     *
     * @throws IllegalStateException outside a unit of work
     */
    void afterCommit(Runnable action) {
        if (!insideUnit()) {
            throw new IllegalStateException("afterCommit is for a unit of work, on the writer");
        }
        unitCommitted.add(action);
    }

    /** @return whether this thread is running a unit of work (its reads go to the writer's connection) */
    boolean insideUnit() {
        return Thread.currentThread() == writerThread && inUnit != null;
    }

    /**
     * Runs a query on a read-only connection (or, inside a unit of work, on the writer's connection, so
     * that it sees the unit's own writes).
     */
    public <T> T read(HandleCallback<T, ? extends Exception> query) {
        if (Thread.currentThread() == writerThread && inUnit != null) {
            return call(query, inUnit);
        }
        if (!open) {
            throw new StoreUnavailableException("the database is closed", null);
        }
        Handle reader;
        try {
            reader = readers.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreUnavailableException("interrupted while waiting for a database connection", e);
        }
        try {
            return call(query, reader);
        } finally {
            readers.add(reader);
        }
    }

    private void writeLoop() {
        List<Unit<?>> group = new ArrayList<>();
        while (open || !queue.isEmpty()) {
            try {
                Unit<?> first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                group.add(first);
                queue.drainTo(group, MAX_GROUP - 1);
                commitGroup(group);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException | Error e) {
                LOG.error("database writer failed; it goes on with the next units", e);
            } finally {
                group.clear();
            }
        }
    }

    private void commitGroup(List<Unit<?>> group) {
        List<Object> results = new ArrayList<>(group.size());
        try {
            control("BEGIN IMMEDIATE");
            for (Unit<?> unit : group) {
                results.add(runInSavepoint(unit));
            }
            control("COMMIT");
        } catch (RuntimeException | Error e) {
            groupCommitted.clear();
            rollbackQuietly();
            StoreUnavailableException failure = new StoreUnavailableException("database write failed", e);
            LOG.error("database write failed; {} unit(s) rolled back", group.size(), e);
            group.forEach(unit -> unit.done().completeExceptionally(failure));
            return;
        }
        runCommitted();
        for (int i = 0; i < group.size(); i++) {
            complete(group.get(i), results.get(i));
        }
    }

    private void runCommitted() {
        for (Runnable action : groupCommitted) {
            try {
                action.run();
            } catch (RuntimeException e) {
                LOG.error("an action after a commit failed", e);
            }
        }
        groupCommitted.clear();
    }

    /** @return the unit's result, or the {@link Failed} it ended with */
    private Object runInSavepoint(Unit<?> unit) {
        control("SAVEPOINT unit");
        inUnit = writer;
        try {
            Object result = unit.work().withHandle(writer);
            control("RELEASE unit");
            groupCommitted.addAll(unitCommitted);
            return result;
        } catch (Throwable e) { // the writer thread must survive whatever a unit throws
            control("ROLLBACK TO unit");
            control("RELEASE unit");
            return new Failed(e);
        } finally {
            unitCommitted.clear();
            inUnit = null;
            Thread.interrupted(); // a unit's leftover interrupt would end the write loop: later writes would hang
        }
    }

    private record Failed(Throwable cause) {
    }

    /** A transaction control statement on the writer's connection, prepared once (writer thread only). */
    private void control(String sql) {
        try {
            writerStatements.run(sql, PreparedStatement::executeUpdate);
        } catch (SQLException e) {
            throw new SqliteStatementException(sql, e);
        }
    }

    /**
     * Runs an INSERT, UPDATE or DELETE on the handle's statement for {@code sql}, prepared once per connection.
     *
     * @return the rows changed
     * @throws SqliteStatementException when SQLite refused it (the message has the SQL, never the values)
     */
    int update(Handle handle, String sql, Binder binder) {
        return run(handle, sql, statement -> {
            binder.bind(statement);
            return statement.executeUpdate();
        });
    }

    /** @return the first row of the query, read by {@code reader}; empty when there is none */
    <T> Optional<T> findOne(Handle handle, String sql, Binder binder, RowReader<T> reader) {
        return run(handle, sql, statement -> {
            binder.bind(statement);
            try (ResultSet rows = statement.executeQuery()) { // closing it resets the statement
                return rows.next() ? Optional.of(reader.read(rows)) : Optional.empty();
            }
        });
    }

    /** @return every row of the query, read by {@code reader} */
    <T> List<T> list(Handle handle, String sql, Binder binder, RowReader<T> reader) {
        return run(handle, sql, statement -> {
            binder.bind(statement);
            List<T> all = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    all.add(reader.read(rows));
                }
            }
            return all;
        });
    }

    private <T> T run(Handle handle, String sql, StatementCache.Use<T> use) {
        try {
            StatementCache cache = statements.get(handle.getConnection());
            if (cache == null) { // not one of this file's connections: prepared for this one use
                try (PreparedStatement statement = handle.getConnection().prepareStatement(sql)) {
                    return use.with(statement);
                }
            }
            return cache.run(sql, use);
        } catch (SQLException e) {
            throw new SqliteStatementException(sql, e);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> void complete(Unit<T> unit, Object result) {
        if (result instanceof Failed failed) {
            unit.done().completeExceptionally(failed.cause());
        } else {
            unit.done().complete((T) result);
        }
    }

    private void rollbackQuietly() {
        try {
            writer.execute("ROLLBACK");
        } catch (RuntimeException ignored) {
            // nothing was open, or the connection is gone; either way nothing was committed
        }
    }

    private static <T> T call(HandleCallback<T, ? extends Exception> work, Handle handle) {
        try {
            return work.withHandle(handle);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new StoreUnavailableException("database call failed", e);
        }
    }

    private static RuntimeException rethrow(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new StoreUnavailableException("database call failed", cause);
    }

    /**
     * Writes a consistent copy of the database while it is in use ({@code VACUUM INTO}, on a read-only
     * connection, so writers are not held up).
     *
     * @param target a file that must not exist yet
     */
    public void backupTo(Path target) {
        read(handle -> handle.execute("VACUUM INTO ?", target.toAbsolutePath().toString()));
    }

    /** Finishes queued writes, then closes every connection. */
    @Override
    public void close() {
        if (!open) {
            return;
        }
        open = false;
        try {
            writerThread.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        queue.forEach(unit -> unit.done().completeExceptionally(
                new StoreUnavailableException("the database is closed", null)));
        statements.values().forEach(StatementCache::close);
        allReaders.forEach(Handle::close);
        writer.close();
    }
}
