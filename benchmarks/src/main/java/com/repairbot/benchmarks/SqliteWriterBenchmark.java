package com.repairbot.benchmarks;

import com.repairbot.adapter.sqlite.SqliteDatabase;
import com.repairbot.adapter.sqlite.SqliteStores;
import com.repairbot.application.port.out.OwedReplies;
import com.repairbot.application.port.out.ProcessedUpdates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * Write throughput of the SQLite adapter ({@link WriterBenchmark}): every unit is queued to the single writer thread
 * and committed ({@code BEGIN IMMEDIATE} … {@code COMMIT}, WAL, {@code synchronous=NORMAL}). The 8-thread variants
 * queue eight units at once, which the writer commits together (group commit).
 *
 * <p>Each trial (one per benchmark method, in its own JVM) starts from a fresh database file in a temporary
 * folder that is deleted afterwards.
 *
 * <p>{@link #processedUpdate} is what every update costs the writer whatever it is (ADR 0034, 0036): the record of
 * the update with the replies it owes, inserted before they are sent, then the mark that they were sent.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class SqliteWriterBenchmark extends WriterBenchmark {

    /** About what a dialog step owes: one reply of a few lines and a keyboard, as JSON. */
    private static final String OWED = "[{\"chat\":700000001,\"text\":\"Опишите, пожалуйста, неисправность: "
            + "что происходит и когда это началось\",\"keyboard\":[[{\"text\":\"Назад\",\"data\":\"back\"},"
            + "{\"text\":\"Отмена\",\"data\":\"cancel\"}]]}]";
    private static final Duration HOLD = Duration.ofSeconds(15);

    private final AtomicLong updateIds = new AtomicLong();
    private Path folder;
    private SqliteDatabase database;
    private ProcessedUpdates processed;

    @Setup(Level.Trial)
    public void open() throws IOException {
        folder = Files.createTempDirectory("repair-bot-bench-");
        try {
            database = SqliteDatabase.open(folder.resolve("bench.db"), 4);
            Clock clock = Clock.systemUTC();
            assemble(SqliteStores.on(database, clock, Duration.ofHours(48)), clock);
            processed = SqliteStores.processedUpdates(database);
        } catch (RuntimeException e) {
            close(); // JMH skips the teardown of a failed setup: do not leave the folder behind
            throw e;
        }
    }

    /** One update's record with its owed replies (a write), then its replies marked sent (a second write). */
    @Benchmark
    @Threads(1)
    public boolean processedUpdate() {
        return processUpdate();
    }

    /** {@link #processedUpdate} from 8 threads at once, as the update lanes run (group commit). */
    @Benchmark
    @Threads(8)
    public boolean processedUpdate8Threads() {
        return processUpdate();
    }

    /**
     * The records of eight updates handled together written in one transaction (ADR 0038), their replies then
     * marked sent in one write: per operation, eight updates (compare with eight {@link #processedUpdate}s).
     */
    @Benchmark
    @Threads(1)
    @OperationsPerInvocation(8)
    public int processedUpdatesTogether() {
        List<OwedReplies> batch = new ArrayList<>(8);
        for (int i = 0; i < 8; i++) {
            batch.add(new OwedReplies(updateIds.incrementAndGet(), 700_000_001L + i, OWED));
        }
        Set<Long> first = processed.markProcessed(batch, Instant.now(), "bench", HOLD);
        processed.repliesSent(batch.stream().map(OwedReplies::updateId).toList());
        return first.size();
    }

    private boolean processUpdate() {
        long id = updateIds.incrementAndGet();
        boolean first = processed.markProcessed(new OwedReplies(id, 700_000_001L, OWED), Instant.now(), "bench", HOLD);
        processed.repliesSent(List.of(id));
        return first;
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
