package com.repairbot.adapter.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.repairbot.application.port.out.StoreUnavailableException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The single writer: group commit with a savepoint per unit, inline nesting, and an orderly close. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@Timeout(60)
class SqliteDatabaseIT {

    @TempDir
    Path folder;

    private Path file;
    private SqliteDatabase database;

    @BeforeEach
    void open() {
        file = folder.resolve("repair-bot.db");
        database = SqliteDatabase.open(file, 2);
        database.write(handle -> handle.execute("CREATE TABLE scratch (id INTEGER PRIMARY KEY, unit TEXT NOT NULL)"));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void a_failing_unit_in_a_group_commit_is_rolled_back_alone_while_the_others_commit() throws Exception {
        CountDownLatch gateRunning = new CountDownLatch(1);
        CountDownLatch openGate = new CountDownLatch(1);
        // holds the writer (in a group of its own) so that the units below queue up and form the next group
        CompletableFuture<Object> gate = submit(() -> database.write(handle -> {
            gateRunning.countDown();
            openGate.await();
            return insert(handle, "gate");
        }));
        assertThat(gateRunning.await(10, TimeUnit.SECONDS)).isTrue();
        List<Integer> unitsCommittedBefore = new ArrayList<>();
        try (Connection outside = readOnly(file)) {
            List<Thread> submitters = new ArrayList<>();
            List<CompletableFuture<Object>> units = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String name = "unit-" + i;
                CompletableFuture<Object> result = new CompletableFuture<>();
                units.add(result);
                submitters.add(Thread.ofPlatform().start(() -> {
                    try {
                        result.complete(database.write(handle -> {
                            insert(handle, name);
                            // another connection sees only what is committed
                            unitsCommittedBefore.add(countOutside(outside, "unit-%"));
                            if (name.equals("unit-3")) {
                                throw new IllegalStateException(name + " refused after writing");
                            }
                            return name;
                        }));
                    } catch (Throwable e) {
                        result.completeExceptionally(e);
                    }
                }));
            }
            awaitAllBlocked(submitters);
            openGate.countDown();

            assertThat(gate.get(10, TimeUnit.SECONDS)).isEqualTo(1);
            for (int i = 0; i < units.size(); i++) {
                CompletableFuture<Object> unit = units.get(i);
                if (i == 3) {
                    assertThatThrownBy(() -> unit.get(10, TimeUnit.SECONDS)).cause()
                            .isExactlyInstanceOf(IllegalStateException.class)
                            .hasMessage("unit-3 refused after writing");
                } else {
                    assertThat(unit.get(10, TimeUnit.SECONDS)).isEqualTo("unit-" + i);
                }
            }
        }
        assertThat(unitsCommittedBefore).as("no unit saw another one committed: they were one group commit")
                .hasSize(6).containsOnly(0);
        assertThat(units()).containsExactlyInAnyOrder("gate", "unit-0", "unit-1", "unit-2", "unit-4", "unit-5");
    }

    @Test
    void the_exception_of_a_unit_reaches_its_caller_unchanged() {
        IllegalArgumentException refused = new IllegalArgumentException("#42 is no longer ASSIGNED");

        assertThatThrownBy(() -> database.write(handle -> {
            insert(handle, "refused");
            throw refused;
        })).isSameAs(refused);
        assertThat(units()).isEmpty();
    }

    @Test
    void a_checked_exception_of_a_unit_reaches_its_caller_as_the_cause_of_a_store_failure() {
        IOException disk = new IOException("disk on fire");

        assertThatThrownBy(() -> database.write(handle -> {
            throw disk;
        })).isInstanceOf(StoreUnavailableException.class).hasCause(disk);
    }

    @Test
    void a_failed_sql_statement_rolls_back_its_unit_only_and_the_writer_goes_on() {
        assertThatThrownBy(() -> database.write(handle -> {
            insert(handle, "before the error");
            return handle.execute("INSERT INTO no_such_table VALUES (1)");
        })).hasMessageContaining("no_such_table");

        database.write(handle -> insert(handle, "next"));

        assertThat(units()).containsExactly("next");
    }

    @Test
    void a_unit_that_leaves_the_writer_thread_interrupted_does_not_stop_the_writer() throws Exception {
        // e.g. a unit that catches an InterruptedException and restores the flag, as the idiom says
        database.write(handle -> {
            Thread.currentThread().interrupt();
            return insert(handle, "interrupting");
        });

        CompletableFuture<Object> next = submit(() -> database.write(handle -> insert(handle, "next")));

        assertThat(next.get(5, TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(units()).containsExactly("interrupting", "next");
    }

    @Test
    void what_a_unit_asks_to_run_after_its_commit_runs_once_committed_before_its_caller_returns() {
        List<String> ran = new ArrayList<>();

        database.write(handle -> {
            database.afterCommit(() -> ran.add("after the commit, seeing "
                    + database.read(h -> h.createQuery("SELECT count(*) FROM scratch").mapTo(Integer.class).one())));
            insert(handle, "kept");
            assertThat(ran).as("not before the commit").isEmpty();
            return null;
        });

        assertThat(ran).containsExactly("after the commit, seeing 1");
    }

    @Test
    void what_a_unit_that_rolls_back_asked_to_run_after_its_commit_never_runs() {
        List<String> ran = new ArrayList<>();

        assertThatThrownBy(() -> database.write(handle -> {
            database.afterCommit(() -> ran.add("ran"));
            throw new IllegalStateException("the unit fails");
        })).hasMessage("the unit fails");
        database.write(handle -> insert(handle, "the next unit commits"));

        assertThat(ran).isEmpty();
        assertThatThrownBy(() -> database.afterCommit(() -> ran.add("outside a unit")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_write_inside_a_unit_runs_inline_on_the_writer_and_commits_with_it() {
        AtomicReference<Thread> outerThread = new AtomicReference<>();
        AtomicReference<Handle> outerHandle = new AtomicReference<>();

        List<String> seenInside = database.write(outer -> {
            outerThread.set(Thread.currentThread());
            outerHandle.set(outer);
            insert(outer, "outer");
            database.write(inner -> {
                assertThat(Thread.currentThread()).isSameAs(outerThread.get());
                assertThat(inner).isSameAs(outerHandle.get());
                return insert(inner, "inner");
            });
            // a read inside the unit runs on the writer too, so it sees the unit's own writes
            return database.read(handle -> handle.createQuery("SELECT unit FROM scratch ORDER BY id")
                    .mapTo(String.class).list());
        });

        assertThat(seenInside).containsExactly("outer", "inner");
        assertThat(outerThread.get().getName()).isEqualTo("sqlite-writer");
        assertThat(outerThread.get().isVirtual()).as("sqlite-jdbc pins virtual threads").isFalse();
        assertThat(units()).containsExactly("outer", "inner");
    }

    @Test
    void a_read_after_a_committed_write_sees_it() {
        for (int i = 0; i < 50; i++) {
            String name = "unit-" + i;
            database.write(handle -> insert(handle, name));

            int seen = database.read(handle -> handle.createQuery("SELECT count(*) FROM scratch WHERE unit = ?")
                    .bind(0, name).mapTo(Integer.class).one());

            assertThat(seen).isEqualTo(1);
        }
    }

    @Test
    void close_finishes_the_units_already_queued() throws Exception {
        CountDownLatch gateRunning = new CountDownLatch(1);
        CountDownLatch openGate = new CountDownLatch(1);
        CompletableFuture<Object> gate = submit(() -> database.write(handle -> {
            gateRunning.countDown();
            openGate.await();
            return insert(handle, "gate");
        }));
        assertThat(gateRunning.await(10, TimeUnit.SECONDS)).isTrue();
        List<Thread> submitters = new ArrayList<>();
        List<CompletableFuture<Object>> units = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String name = "queued-" + i;
            CompletableFuture<Object> result = new CompletableFuture<>();
            units.add(result);
            submitters.add(Thread.ofPlatform().start(() -> {
                try {
                    result.complete(database.write(handle -> insert(handle, name)));
                } catch (Throwable e) {
                    result.completeExceptionally(e);
                }
            }));
        }
        awaitAllBlocked(submitters);

        CompletableFuture<Object> closing = submit(() -> {
            database.close();
            return "closed";
        });
        Thread.sleep(100); // let close() begin while the units wait
        openGate.countDown();

        assertThat(closing.get(30, TimeUnit.SECONDS)).isEqualTo("closed");
        assertThat(gate.get(1, TimeUnit.SECONDS)).isEqualTo(1);
        for (CompletableFuture<Object> unit : units) {
            assertThat(unit.get(1, TimeUnit.SECONDS)).isEqualTo(1);
        }
        try (SqliteDatabase reopened = SqliteDatabase.open(file, 1)) {
            int rows = reopened.read(handle -> handle.createQuery("SELECT count(*) FROM scratch")
                    .mapTo(Integer.class).one());
            assertThat(rows).isEqualTo(11);
        }
    }

    @Test
    void after_close_writes_and_reads_fail_as_the_store_being_unavailable() {
        database.close();

        assertThatThrownBy(() -> database.write(handle -> insert(handle, "too late")))
                .isInstanceOf(StoreUnavailableException.class);
        assertThatThrownBy(() -> database.read(handle -> handle.createQuery("SELECT 1").mapTo(Integer.class).one()))
                .isInstanceOf(StoreUnavailableException.class);
    }

    @Test
    void opening_a_file_whose_folder_does_not_exist_creates_the_folder() {
        Path nested = folder.resolve("a").resolve("b").resolve("repair-bot.db");

        try (SqliteDatabase created = SqliteDatabase.open(nested, 1)) {
            int requests = created.read(handle -> handle.createQuery("SELECT count(*) FROM requests")
                    .mapTo(Integer.class).one());
            assertThat(requests).isZero();
        }
        assertThat(nested).isRegularFile();
    }

    @Test
    void opening_a_file_that_cannot_be_created_fails_naming_the_path() throws IOException {
        Path regularFile = Files.writeString(folder.resolve("not-a-folder"), "just a file");
        Path impossible = regularFile.resolve("data").resolve("repair-bot.db");

        assertThatThrownBy(() -> SqliteDatabase.open(impossible, 1))
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining(impossible.toString());
    }

    // --- helpers

    private static int insert(Handle handle, String unit) {
        return handle.createUpdate("INSERT INTO scratch (unit) VALUES (?)").bind(0, unit).execute();
    }

    private List<String> units() {
        return database.read(handle -> handle.createQuery("SELECT unit FROM scratch ORDER BY id")
                .mapTo(String.class).list());
    }

    private static Connection readOnly(Path file) throws SQLException {
        org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
        config.setReadOnly(true);
        return DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
    }

    private static int countOutside(Connection connection, String pattern) {
        try (var statement = connection.prepareStatement("SELECT count(*) FROM scratch WHERE unit LIKE ?")) {
            statement.setString(1, pattern);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> CompletableFuture<T> submit(Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread.ofPlatform().start(() -> {
            try {
                result.complete(work.get());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    /** Parked inside {@link SqliteDatabase}'s wait for the writer (it waits in slices of one second). */
    private static boolean waitsForTheCommit(Thread thread) {
        Thread.State state = thread.getState();
        return (state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING)
                && java.util.Arrays.stream(thread.getStackTrace()).anyMatch(frame ->
                frame.getClassName().equals(SqliteDatabase.class.getName()) && frame.getMethodName().equals("await"));
    }

    /** Waits until every thread is parked: its unit is queued and it waits for the commit. */
    private static void awaitAllBlocked(List<Thread> threads) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        int steady = 0; // a thread may park for a moment on the queue's lock too: wait until it stays parked
        while (steady < 3) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the units were not queued within 10 s");
            }
            Thread.sleep(20);
            steady = threads.stream().allMatch(SqliteDatabaseIT::waitsForTheCommit) ? steady + 1 : 0;
        }
    }
}
