package com.repairbot.adapter.sqlite;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;

/**
 * The restore of a backup while the bot is stopped. <b>Stop the bot first</b>, then call
 * {@link #restore(Path, Path)}. It checks the backup (a SQLite file that passes {@code PRAGMA integrity_check} and
 * holds the {@code requests} table), refuses while a running bot holds the database open, and <b>never deletes the
 * current data</b>: it moves the current file (with any {@code -wal} and {@code -shm} beside it) aside as
 * {@code <name>.before-restore-<yyyyMMdd-HHmmss>} before putting the backup in its place. On the next start Flyway
 * brings an older backup's schema up to date. Backups are written by {@link SqliteBackups}.
 */
public final class SqliteRestore {

    private static final String[] SIDECARS = {"-wal", "-shm", "-journal"};
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private SqliteRestore() {
    }

    /**
     * Puts a backup in place of the database file. <b>Stop the bot first</b>: this refuses while a running bot
     * holds the database open, and it never deletes the current data — the current file and any {@code -wal} /
     * {@code -shm} beside it are moved aside as {@code <name>.before-restore-<yyyyMMdd-HHmmss>} (UTC).
     *
     * @param backup       a backup written by {@link SqliteBackups#backupNow()} (or any copy of the database)
     * @param databaseFile the database file ({@code DATABASE_PATH})
     * @return where the current data was moved (empty when there was none)
     * @throws IllegalArgumentException when the backup is not a sound SQLite database with the expected schema
     *                                  (nothing was changed)
     * @throws IllegalStateException    when the database is in use (nothing was changed)
     * @throws UncheckedIOException     when the files cannot be moved or copied
     */
    public static Optional<Path> restore(Path backup, Path databaseFile) {
        return restore(backup, databaseFile, Clock.systemUTC());
    }

    static Optional<Path> restore(Path backup, Path databaseFile, Clock clock) {
        requireSoundBackup(backup);
        try {
            Path target = databaseFile.toAbsolutePath();
            Files.createDirectories(target.getParent());
            // copied next to the target first, so a failing copy leaves the current data where it is
            Path incoming = Files.createTempFile(target.getParent(), target.getFileName() + ".", ".restoring");
            try {
                Files.copy(backup, incoming, StandardCopyOption.REPLACE_EXISTING);
                DurableFiles.force(incoming);
                requireNotInUse(target);
                Optional<Path> aside = moveAside(target, SqliteBackups.STAMP.format(clock.instant()));
                Files.move(incoming, target, StandardCopyOption.ATOMIC_MOVE);
                DurableFiles.forceFolder(target.getParent());
                return aside;
            } finally {
                DurableFiles.deleteQuietly(incoming);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot restore " + backup + " into " + databaseFile, e);
        }
    }

    /** Opened read-only and immutable: the check leaves no {@code -wal} / {@code -shm} beside the backup. */
    private static void requireSoundBackup(Path backup) {
        if (!Files.isRegularFile(backup)) {
            throw new IllegalArgumentException("the backup " + backup + " is not a file");
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        String url = "jdbc:sqlite:" + backup.toAbsolutePath().toUri() + "?immutable=1";
        try (Connection connection = DriverManager.getConnection(url, config.toProperties());
             Statement statement = connection.createStatement()) {
            String integrity = firstString(statement, "PRAGMA integrity_check");
            if (!"ok".equals(integrity)) {
                throw new IllegalArgumentException("the backup " + backup + " is damaged: " + integrity);
            }
            if (firstString(statement, "SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                    + "AND name = 'requests'").equals("0")) {
                throw new IllegalArgumentException("the backup " + backup + " is not a repair-bot database "
                        + "(it has no requests table)");
            }
        } catch (SQLException e) {
            throw new IllegalArgumentException("the backup " + backup + " is not a readable SQLite database: "
                    + e.getMessage(), e);
        }
    }

    /**
     * A connection in exclusive locking mode cannot lock a WAL database while the bot's writer connection is
     * open. When the file is free this is an ordinary open and close, as at the bot's next start: SQLite folds
     * the WAL left by a killed bot into the file, so what is moved aside is complete on its own. A file that is
     * not SQLite at all cannot be in use, and is moved aside untouched.
     */
    private static void requireNotInUse(Path databaseFile) throws IOException {
        if (!hasSqliteHeader(databaseFile)) {
            return;
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setLockingMode(SQLiteConfig.LockingMode.EXCLUSIVE);
        config.setBusyTimeout(0);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + databaseFile, config.toProperties());
             Statement statement = connection.createStatement()) {
            statement.execute("BEGIN EXCLUSIVE");
            statement.execute("ROLLBACK");
        } catch (SQLException e) {
            int code = e.getErrorCode() & 0xff;
            if (code == SQLiteErrorCode.SQLITE_BUSY.code || code == SQLiteErrorCode.SQLITE_LOCKED.code) {
                throw new IllegalStateException("the database " + databaseFile + " is in use: stop the bot "
                        + "before restoring", e);
            }
            // a damaged current file is what a restore is for: it is moved aside like any other
        }
    }

    private static boolean hasSqliteHeader(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(SQLITE_HEADER.length), SQLITE_HEADER);
        }
    }

    private static Optional<Path> moveAside(Path databaseFile, String stamp) throws IOException {
        String base = databaseFile.getFileName() + ".before-restore-" + stamp;
        Path aside = databaseFile.resolveSibling(base);
        for (int n = 2; Files.exists(aside); n++) {
            aside = databaseFile.resolveSibling(base + "-" + n);
        }
        boolean any = false;
        for (String sidecar : SIDECARS) {
            Path file = databaseFile.resolveSibling(databaseFile.getFileName() + sidecar);
            if (Files.exists(file)) {
                // named so that SQLite still pairs them with the file moved aside
                Files.move(file, aside.resolveSibling(aside.getFileName() + sidecar), StandardCopyOption.ATOMIC_MOVE);
                any = true;
            }
        }
        if (Files.exists(databaseFile)) {
            Files.move(databaseFile, aside, StandardCopyOption.ATOMIC_MOVE);
            any = true;
        }
        return any ? Optional.of(aside) : Optional.empty();
    }

    private static String firstString(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : "";
        }
    }
}
