package com.repairbot.benchmarks;

import com.repairbot.adapter.sqlite.SqliteDatabase;
import com.repairbot.adapter.sqlite.SqliteStores;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Write throughput of the SQLite adapter ({@link WriterBenchmark}): every unit is queued to the single writer thread
 * and committed ({@code BEGIN IMMEDIATE} … {@code COMMIT}, WAL, {@code synchronous=NORMAL}). The 8-thread variants
 * queue eight units at once, which the writer commits together (group commit).
 *
 * <p>Each trial (one per benchmark method, in its own JVM) starts from a fresh database file in a temporary
 * folder that is deleted afterwards.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class SqliteWriterBenchmark extends WriterBenchmark {

    private Path folder;
    private SqliteDatabase database;

    @Setup(Level.Trial)
    public void open() throws IOException {
        folder = Files.createTempDirectory("repair-bot-bench-");
        try {
            database = SqliteDatabase.open(folder.resolve("bench.db"), 4);
            Clock clock = Clock.systemUTC();
            assemble(SqliteStores.on(database, clock, Duration.ofHours(48)), clock);
        } catch (RuntimeException e) {
            close(); // JMH skips the teardown of a failed setup: do not leave the folder behind
            throw e;
        }
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        if (database != null) {
            database.close();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
