package com.repairbot.adapter.sqlite;

import com.repairbot.application.port.out.StoreUnavailableException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;

/**
 * Online backups of the running database, and the restore of one while the bot is stopped.
 *
 * <p>{@link #backupNow()} writes {@code repair-bot-<yyyyMMdd-HHmmss>.db} (UTC) into the backup folder with
 * {@code VACUUM INTO} on a read-only connection: a consistent snapshot, taken while the writer goes on. The copy
 * is written under a temporary name and then renamed, so a file with a backup's name is always complete; the
 * oldest backups beyond {@code keep} are deleted (only files named like a backup are ever touched).
 *
 * <p>To restore: <b>stop the bot first</b>, then call {@link #restore(Path, Path)}. It checks the backup (a
 * SQLite file that passes {@code PRAGMA integrity_check} and holds the {@code requests} table), refuses while a
 * running bot holds the database open, and <b>never deletes the current data</b>: it moves the current file (with
 * any {@code -wal} and {@code -shm} beside it) aside as {@code <name>.before-restore-<yyyyMMdd-HHmmss>} before
 * putting the backup in its place. On the next start Flyway brings an older backup's schema up to date.
 */
public final class SqliteBackups {

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    /** {@code repair-bot-20261123-090000.db}, or {@code repair-bot-20261123-090000-2.db} for a second one. */
    private static final Pattern NAME = Pattern.compile("repair-bot-(\\d{8}-\\d{6})(?:-(\\d{1,9}))?\\.db");
    private static final Comparator<Path> NEWEST_FIRST = Comparator
            .comparing((Path path) -> nameParts(path).group(1))
            .thenComparingInt(path -> suffix(nameParts(path)))
            .reversed();
    private static final String[] SIDECARS = {"-wal", "-shm", "-journal"};
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private final SqliteDatabase database;
    private final Path folder;
    private final int keep;
    private final Clock clock;

    /**
     * @param database the running database
     * @param folder   where backups go (created when missing)
     * @param keep     how many backups to keep, at least 1
     * @param clock    names the backups
     */
    public SqliteBackups(SqliteDatabase database, Path folder, int keep, Clock clock) {
        if (keep < 1) {
            throw new IllegalArgumentException("keep at least one backup, not " + keep);
        }
        this.database = Objects.requireNonNull(database, "database");
        this.folder = Objects.requireNonNull(folder, "folder");
        this.keep = keep;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Writes a consistent copy of the running database, then deletes the oldest copies beyond {@code keep}.
     *
     * @return the new backup
     * @throws StoreUnavailableException when the copy cannot be written
     */
    public synchronized Path backupNow() {
        Path partial = null;
        try {
            Files.createDirectories(folder);
            Path target = freeName(STAMP.format(clock.instant()));
            // an empty file is a valid target for VACUUM INTO; the suffix keeps it out of the name pattern
            partial = Files.createTempFile(folder, target.getFileName() + ".", ".partial");
            database.backupTo(partial);
            force(partial);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            forceFolder(folder);
            prune();
            return target;
        } catch (IOException | RuntimeException e) {
            deleteQuietly(partial);
            throw new StoreUnavailableException("cannot write a backup into " + folder + ": " + e.getMessage(), e);
        }
    }

    /** @return the backups in the folder, newest first (empty when the folder does not exist) */
    public List<Path> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(path -> NAME.matcher(path.getFileName().toString()).matches())
                    .filter(Files::isRegularFile)
                    .sorted(NEWEST_FIRST)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the backups in " + folder, e);
        }
    }

    private Path freeName(String stamp) {
        Path candidate = folder.resolve("repair-bot-" + stamp + ".db");
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = folder.resolve("repair-bot-" + stamp + "-" + n + ".db");
        }
        return candidate;
    }

    private void prune() throws IOException {
        List<Path> backups = list();
        for (Path old : backups.subList(Math.min(keep, backups.size()), backups.size())) {
            Files.deleteIfExists(old);
        }
    }

    /**
     * Puts a backup in place of the database file. <b>Stop the bot first</b>: this refuses while a running bot
     * holds the database open, and it never deletes the current data — the current file and any {@code -wal} /
     * {@code -shm} beside it are moved aside as {@code <name>.before-restore-<yyyyMMdd-HHmmss>} (UTC).
     *
     * @param backup       a backup written by {@link #backupNow()} (or any copy of the database)
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
                force(incoming);
                requireNotInUse(target);
                Optional<Path> aside = moveAside(target, STAMP.format(clock.instant()));
                Files.move(incoming, target, StandardCopyOption.ATOMIC_MOVE);
                forceFolder(target.getParent());
                return aside;
            } finally {
                deleteQuietly(incoming);
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

    private static Matcher nameParts(Path path) {
        Matcher matcher = NAME.matcher(path.getFileName().toString());
        if (!matcher.matches()) {
            throw new IllegalArgumentException(path + " is not named like a backup");
        }
        return matcher;
    }

    private static int suffix(Matcher name) {
        return name.group(2) == null ? 1 : Integer.parseInt(name.group(2));
    }

    private static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** Makes a rename durable; not every platform can open a folder, and then the rename is left to the OS. */
    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // best effort
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover temporary file is harmless: its name never matches a backup's
        }
    }
}
