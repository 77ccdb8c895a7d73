package com.repairbot.adapter.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.repairbot.application.port.out.StoreUnavailableException;
import com.repairbot.application.testing.MutableClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;

/** Online backups of a running database, keeping the last N, and the restore while the bot is stopped. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@Timeout(60)
class SqliteBackupsIT {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    @TempDir
    Path folder;

    private final MutableClock clock = new MutableClock(NOW);
    private Path file;
    private Path backupFolder;
    private SqliteDatabase database;
    private CoreOnSqlite shop;

    @BeforeEach
    void open() {
        file = folder.resolve("data").resolve("repair-bot.db");
        backupFolder = folder.resolve("backups");
        database = SqliteDatabase.open(file, 4);
        shop = new CoreOnSqlite(database, clock);
        shop.hire(0);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Nested
    class Backup {

        @Test
        void taken_while_four_threads_write_is_a_sound_and_consistent_copy() throws Exception {
            AtomicBoolean writing = new AtomicBoolean(true);
            AtomicInteger confirmed = new AtomicInteger();
            Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
            List<Thread> writers = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                writers.add(Thread.ofPlatform().start(() -> {
                    for (int j = 0; writing.get(); j++) {
                        try {
                            var number = shop.create(thread * 1000 + j % 1000).number();
                            if (j % 2 == 0) {
                                shop.assign(number, 0);
                            }
                            confirmed.incrementAndGet();
                        } catch (Throwable e) {
                            failures.add(e);
                            return;
                        }
                    }
                }));
            }
            awaitAtLeast(confirmed, 100);
            int confirmedBefore = confirmed.get();
            Path backup = new SqliteBackups(database, backupFolder, 3, clock).backupNow();
            int confirmedAfter = confirmed.get();
            writing.set(false);
            for (Thread writer : writers) {
                writer.join(10_000);
            }

            assertThat(failures).isEmpty();
            assertThat(backup).hasFileName("repair-bot-20261123-090000.db").isRegularFile();
            try (Connection copy = readOnly(backup); Statement sql = copy.createStatement()) {
                assertThat(text(sql, "PRAGMA integrity_check")).isEqualTo("ok");
                assertThat(number(sql, "SELECT count(*) FROM pragma_foreign_key_check")).isZero();
                long requests = number(sql, "SELECT count(*) FROM requests");
                assertThat(requests).isGreaterThanOrEqualTo(confirmedBefore);
                assertThat(confirmedAfter).as("the writers went on during the backup")
                        .isGreaterThanOrEqualTo(confirmedBefore);
                // one snapshot: the counter, the requests and their rows agree with each other
                assertThat(number(sql, "SELECT last FROM request_number")).isEqualTo(requests);
                assertThat(number(sql, "SELECT count(*) FROM request_history h WHERE NOT EXISTS "
                        + "(SELECT 1 FROM requests r WHERE r.number = h.number)")).isZero();
                assertThat(number(sql, "SELECT count(*) FROM request_history WHERE from_status IS NULL"))
                        .isEqualTo(requests);
                assertThat(number(sql, "SELECT count(*) FROM request_history WHERE to_status = 'ASSIGNED'"))
                        .isEqualTo(number(sql, "SELECT count(*) FROM requests WHERE status = 'ASSIGNED'"));
                assertThat(number(sql, "SELECT count(*) FROM audit_log WHERE action LIKE 'request.%'"))
                        .isEqualTo(number(sql, "SELECT count(*) FROM request_history"));
                assertThat(number(sql, "SELECT count(*) FROM outbox WHERE kind = 'REQUEST_CREATED'"))
                        .isEqualTo(requests);
            }
            assertThat(siblingsOf(backup)).containsExactly(backup.getFileName().toString());
        }

        @Test
        void keeps_the_newest_copies_and_deletes_only_older_backups() throws IOException {
            SqliteBackups backups = new SqliteBackups(database, backupFolder, 3, clock);
            Files.createDirectories(backupFolder);
            Path foreign = Files.writeString(backupFolder.resolve("repair-bot-latest.db"), "not ours");
            Path notes = Files.writeString(backupFolder.resolve("README.txt"), "backups live here");

            List<String> written = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                written.add(backups.backupNow().getFileName().toString());
                clock.advance(Duration.ofHours(1));
            }

            assertThat(written).containsExactly("repair-bot-20261123-090000.db", "repair-bot-20261123-100000.db",
                    "repair-bot-20261123-110000.db", "repair-bot-20261123-120000.db",
                    "repair-bot-20261123-130000.db");
            assertThat(backups.list()).extracting(path -> path.getFileName().toString()).containsExactly(
                    "repair-bot-20261123-130000.db", "repair-bot-20261123-120000.db",
                    "repair-bot-20261123-110000.db");
            assertThat(foreign).hasContent("not ours");
            assertThat(notes).exists();
        }

        @Test
        void taken_twice_in_one_second_gets_a_suffix_and_sorts_after_the_first() {
            SqliteBackups backups = new SqliteBackups(database, backupFolder, 5, clock);

            Path first = backups.backupNow();
            Path second = backups.backupNow();

            assertThat(first).hasFileName("repair-bot-20261123-090000.db");
            assertThat(second).hasFileName("repair-bot-20261123-090000-2.db");
            assertThat(backups.list()).containsExactly(second, first);
        }

        @Test
        void that_fails_leaves_no_file_behind() throws IOException {
            SqliteBackups backups = new SqliteBackups(database, backupFolder, 3, clock);
            database.close();

            assertThatThrownBy(backups::backupNow).isInstanceOf(StoreUnavailableException.class)
                    .hasMessageContaining(backupFolder.toString());
            assertThat(backups.list()).isEmpty();
            try (Stream<Path> files = Files.list(backupFolder)) {
                assertThat(files).isEmpty();
            }
        }

        @Test
        void of_a_folder_that_does_not_exist_lists_nothing() {
            assertThat(new SqliteBackups(database, folder.resolve("none"), 3, clock).list()).isEmpty();
        }
    }

    @Nested
    class Restore {

        @Test
        void puts_the_backup_in_place_and_moves_the_current_data_aside() throws Exception {
            long first = shop.create(1).number().value();
            Path backup = new SqliteBackups(database, backupFolder, 3, clock).backupNow();
            long second = shop.create(2).number().value();
            database.close();

            Path aside = SqliteRestore.restore(backup, file, clock).orElseThrow();

            assertThat(aside).hasFileName("repair-bot.db.before-restore-20261123-090000");
            assertThat(numbersIn(aside)).containsExactly(first, second);
            assertThat(numbersIn(file)).containsExactly(first);
            assertThat(backup).exists();
            try (SqliteDatabase restored = SqliteDatabase.open(file, 1)) {
                assertThat(new CoreOnSqlite(restored, clock).create(3).number().value())
                        .as("the restored file is used as before; numbers go on from the backup's")
                        .isEqualTo(second);
            }
        }

        @Test
        void keeps_what_a_killed_bot_left_in_the_wal_with_the_data_moved_aside() throws Exception {
            Path backup = new SqliteBackups(database, backupFolder, 3, clock).backupNow();
            for (int i = 0; i < 5; i++) {
                shop.create(i);
            }
            // what a killed bot leaves: the last commits only in the WAL (copied while nothing is written)
            Path crashed = folder.resolve("crashed").resolve("repair-bot.db");
            Files.createDirectories(crashed.getParent());
            Files.copy(file, crashed);
            Files.copy(file.resolveSibling("repair-bot.db-wal"), crashed.resolveSibling("repair-bot.db-wal"));

            Path aside = SqliteRestore.restore(backup, crashed, clock).orElseThrow();

            assertThat(numbersIn(aside)).containsExactly(1L, 2L, 3L, 4L, 5L);
            assertThat(siblingsOf(crashed)).as("no old WAL is left to be replayed onto the restored file")
                    .doesNotContain("repair-bot.db-wal", "repair-bot.db-shm")
                    .contains("repair-bot.db", "repair-bot.db.before-restore-20261123-090000");
            assertThat(numbersIn(crashed)).isEmpty();
        }

        @Test
        void moves_a_damaged_database_aside_with_its_wal() throws Exception {
            Path backup = new SqliteBackups(database, backupFolder, 3, clock).backupNow();
            Path damaged = folder.resolve("damaged").resolve("repair-bot.db");
            Files.createDirectories(damaged.getParent());
            Files.writeString(damaged, "garbage where the pages were ".repeat(200));
            Files.writeString(damaged.resolveSibling("repair-bot.db-wal"), "a WAL of some sort");

            Path aside = SqliteRestore.restore(backup, damaged, clock).orElseThrow();

            assertThat(siblingsOf(damaged)).containsExactlyInAnyOrder("repair-bot.db",
                    "repair-bot.db.before-restore-20261123-090000",
                    "repair-bot.db.before-restore-20261123-090000-wal");
            assertThat(aside).hasContent("garbage where the pages were ".repeat(200));
            assertThat(aside.resolveSibling(aside.getFileName() + "-wal")).hasContent("a WAL of some sort");
            assertThat(numbersIn(damaged)).isEmpty();
        }

        @Test
        void twice_in_one_second_keeps_both_earlier_files() throws Exception {
            Path backup = new SqliteBackups(database, backupFolder, 3, clock).backupNow();
            database.close();

            Path firstAside = SqliteRestore.restore(backup, file, clock).orElseThrow();
            Path secondAside = SqliteRestore.restore(backup, file, clock).orElseThrow();

            assertThat(firstAside).hasFileName("repair-bot.db.before-restore-20261123-090000").exists();
            assertThat(secondAside).hasFileName("repair-bot.db.before-restore-20261123-090000-2").exists();
        }

        @Test
        void into_an_empty_place_just_copies_the_backup() throws Exception {
            shop.create(1);
            Path backup = new SqliteBackups(database, backupFolder, 3, clock).backupNow();
            Path fresh = folder.resolve("new-machine").resolve("repair-bot.db");

            assertThat(SqliteRestore.restore(backup, fresh, clock)).as("nothing to move aside").isEmpty();

            assertThat(numbersIn(fresh)).containsExactly(1L);
        }

        @Test
        void refuses_a_file_that_is_not_a_database_and_changes_nothing() throws Exception {
            shop.create(1);
            database.close();
            Path junk = Files.writeString(folder.resolve("holiday-photo.db"), "JFIF not a database ".repeat(300));
            Map<String, String> before = contentsOf(file.getParent());

            assertThatThrownBy(() -> SqliteRestore.restore(junk, file, clock))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(junk.toString())
                    .hasMessageContaining("not a readable SQLite database");

            assertThat(contentsOf(file.getParent())).containsExactlyEntriesOf(before);
            assertThat(numbersIn(file)).containsExactly(1L);
        }

        @Test
        void refuses_a_database_of_something_else() throws Exception {
            Path other = folder.resolve("other.db");
            try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + other);
                 Statement sql = connection.createStatement()) {
                sql.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY)");
            }

            assertThatThrownBy(() -> SqliteRestore.restore(other, file, clock))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(other.toString())
                    .hasMessageContaining("no requests table");
        }

        @Test
        void refuses_a_backup_that_does_not_exist() {
            Path missing = folder.resolve("missing.db");

            assertThatThrownBy(() -> SqliteRestore.restore(missing, file, clock))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(missing.toString());
        }

        @Test
        void refuses_while_the_bot_still_has_the_database_open_and_changes_nothing() throws Exception {
            shop.create(1);
            Path backup = new SqliteBackups(database, backupFolder, 3, clock).backupNow();
            shop.create(2);
            List<String> before = siblingsOf(file);

            assertThatThrownBy(() -> SqliteRestore.restore(backup, file, clock))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("stop the bot");

            assertThat(siblingsOf(file)).isEqualTo(before);
            assertThat(shop.numbers()).containsExactly(1L, 2L);
            assertThat(shop.create(3).number().value()).isEqualTo(3);
        }
    }

    // --- helpers

    private static void awaitAtLeast(AtomicInteger counter, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (counter.get() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("only " + counter.get() + " requests in 30 s");
            }
            Thread.sleep(5);
        }
    }

    private static Connection readOnly(Path database) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        return DriverManager.getConnection("jdbc:sqlite:" + database, config.toProperties());
    }

    /** Read-write, as SQLite needs to replay a WAL; only for files the test owns. */
    private static List<Long> numbersIn(Path database) throws SQLException {
        List<Long> numbers = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
             Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("SELECT number FROM requests ORDER BY number")) {
            while (rows.next()) {
                numbers.add(rows.getLong(1));
            }
        }
        return numbers;
    }

    private static String text(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static long number(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static List<String> siblingsOf(Path path) throws IOException {
        try (Stream<Path> files = Files.list(path.getParent())) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** @return each file's name and a digest of its bytes */
    private static Map<String, String> contentsOf(Path folder) throws Exception {
        Map<String, String> contents = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path path : files.toList()) {
                contents.put(path.getFileName().toString(), HexFormat.of().formatHex(
                        MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(path))));
            }
        }
        return contents;
    }
}
