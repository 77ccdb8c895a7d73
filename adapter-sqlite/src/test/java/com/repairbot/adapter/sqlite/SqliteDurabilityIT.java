package com.repairbot.adapter.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.repairbot.application.testing.MutableClock;
import com.repairbot.application.testing.Requests;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a use case confirmed survives the JVM being killed: a child JVM ({@link DurabilityChild}) writes
 * through the real use cases, says what it confirmed, and is killed with {@code destroyForcibly}; this JVM
 * then reopens the file.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@Timeout(120)
class SqliteDurabilityIT {

    @TempDir
    Path folder;

    @Test
    void a_confirmed_request_is_there_after_the_jvm_is_killed() throws Exception {
        Path file = folder.resolve("repair-bot.db");
        long number;
        try (Child child = Child.start(file, "one")) {
            number = child.awaitConfirmed(1, Duration.ofSeconds(60)).getFirst();
            // while that process runs, the restore (meant for a stopped bot) refuses to touch its file
            assertThatThrownBy(() -> SqliteRestore.restore(aBackup(), file))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("stop the bot");
            child.kill();
        }
        assertThat(file.resolveSibling("repair-bot.db-wal"))
                .as("killed before any checkpoint on close: the commit is still in the WAL").exists();

        try (SqliteDatabase reopened = SqliteDatabase.open(file, 1)) {
            CoreOnSqlite shop = new CoreOnSqlite(reopened, new MutableClock(Requests.EPOCH));
            assertThat(integrityOf(reopened)).isEqualTo("ok");
            assertThat(shop.numbers()).containsExactly(number);
            assertThat(shop.moves(number)).containsExactly("->NEW", "NEW->ASSIGNED");
            assertThat(shop.auditActions(number)).containsExactly("request.create", "request.assign");
            assertThat(shop.outbox(number)).containsExactly("ASSIGNED_TO_YOU>1000", "REQUEST_ASSIGNED>-1000",
                    "REQUEST_CREATED>1");
            assertThat(shop.count("SELECT count(*) FROM technicians WHERE work_group = -1000")).isEqualTo(1);
        }
    }

    @Test
    void a_jvm_killed_while_writing_leaves_a_sound_file_with_everything_it_confirmed() throws Exception {
        Path file = folder.resolve("repair-bot.db");
        List<Long> confirmed;
        try (Child child = Child.start(file, "stream")) {
            child.awaitConfirmed(150, Duration.ofSeconds(60));
            confirmed = child.kill(); // with what was still in the pipe: printed, so committed
        }

        try (SqliteDatabase reopened = SqliteDatabase.open(file, 1)) {
            CoreOnSqlite shop = new CoreOnSqlite(reopened, new MutableClock(Requests.EPOCH));
            assertThat(integrityOf(reopened)).isEqualTo("ok");
            assertThat(shop.count("SELECT count(*) FROM pragma_foreign_key_check")).isZero();
            List<Long> stored = shop.numbers();
            assertThat(stored).containsAll(confirmed);
            long last = stored.getLast();
            assertThat(stored).as("gap-free").isEqualTo(LongStream.rangeClosed(1, last).boxed().toList());
            assertThat(shop.count("SELECT last FROM request_number")).isEqualTo(last);
            assertThat(shop.count("SELECT count(*) FROM request_history WHERE from_status IS NULL"))
                    .as("one creation in the history of each request").isEqualTo(last);
            assertThat(shop.count("SELECT count(*) FROM audit_log WHERE action = 'request.create'")).isEqualTo(last);
            assertThat(shop.count("SELECT count(*) FROM outbox WHERE kind = 'REQUEST_CREATED'")).isEqualTo(last);
            assertThat(shop.count("SELECT count(*) FROM request_history h WHERE NOT EXISTS "
                    + "(SELECT 1 FROM requests r WHERE r.number = h.number)")).isZero();
            assertThat(shop.count("SELECT count(*) FROM requests WHERE status = 'ASSIGNED'"))
                    .as("each assignment has its history row")
                    .isEqualTo(shop.count("SELECT count(*) FROM request_history WHERE to_status = 'ASSIGNED'"));
        }
    }

    private Path aBackup() {
        try (SqliteDatabase other = SqliteDatabase.open(folder.resolve("other").resolve("repair-bot.db"), 1)) {
            return new SqliteBackups(other, folder.resolve("backups"), 1, Clock.systemUTC()).backupNow();
        }
    }

    private static String integrityOf(SqliteDatabase database) {
        return database.read(handle -> handle.createQuery("PRAGMA integrity_check").mapTo(String.class).one());
    }

    /** A child JVM running {@link DurabilityChild}, with its stdout read line by line. */
    private static final class Child implements AutoCloseable {

        private final Process process;
        private final Thread reader;
        private final List<String> lines = new ArrayList<>();

        private Child(Process process) {
            this.process = process;
            this.reader = Thread.ofPlatform().daemon(true).start(this::read);
        }

        static Child start(Path file, String mode) throws IOException {
            String java = ProcessHandle.current().info().command()
                    .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            return new Child(new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED",
                    "-cp", System.getProperty("java.class.path"),
                    DurabilityChild.class.getName(), file.toString(), mode)
                    .redirectErrorStream(true)
                    .start());
        }

        private void read() {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    synchronized (lines) {
                        lines.add(line);
                        lines.notifyAll();
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** @return the numbers confirmed so far, once there are at least {@code count} */
        List<Long> awaitConfirmed(int count, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            synchronized (lines) {
                while (confirmed().size() < count) {
                    long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                    if (left <= 0 || !process.isAlive() && !reader.isAlive()) {
                        throw new AssertionError("the child confirmed " + confirmed().size() + " of " + count
                                + "; it said:\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 40),
                                lines.size())));
                    }
                    lines.wait(Math.min(left, 200));
                }
                return confirmed();
            }
        }

        /** Kills the child at once; @return every number it confirmed, including lines still in the pipe. */
        List<Long> kill() throws InterruptedException {
            process.destroyForcibly();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("the child died").isTrue();
            reader.join(10_000);
            synchronized (lines) {
                return confirmed();
            }
        }

        private List<Long> confirmed() {
            return lines.stream().filter(line -> line.startsWith(DurabilityChild.CONFIRMED))
                    .map(line -> Long.parseLong(line.substring(DurabilityChild.CONFIRMED.length()).strip()))
                    .toList();
        }

        @Override
        public void close() {
            process.destroyForcibly();
        }
    }
}
