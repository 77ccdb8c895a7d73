package com.repairbot.benchmarks;

import com.repairbot.adapter.postgres.PostgresDatabase;
import com.repairbot.adapter.postgres.PostgresLocation;
import com.repairbot.adapter.postgres.PostgresStores;
import com.repairbot.adapter.postgres.testing.PrivatePostgres;
import java.time.Clock;
import java.time.Duration;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Write throughput of the PostgreSQL adapter ({@link WriterBenchmark}), as {@link SqliteWriterBenchmark} measures
 * SQLite's: every unit is one transaction that first takes the advisory lock all units of all instances share
 * (ADR 0022, 0033), then draws a number or compares and sets, writes history, audit and outbox, and commits. The
 * 8-thread variants run eight units at once from one pool of 10 connections (they queue for the lock, as the units
 * of several instances do).
 *
 * <p>Each trial starts a private PostgreSQL server from the machine's binaries ({@link PrivatePostgres}: a
 * temporary folder, a free port, no fsync — the figures are the lock's and the statements' cost, not a disk's),
 * with a new database, both thrown away at the end.
 */
@State(Scope.Benchmark)
@Fork(1)
public class PostgresWriterBenchmark extends WriterBenchmark {

    private PostgresLocation location;
    private PostgresDatabase database;

    @Setup(Level.Trial)
    public void open() {
        location = PrivatePostgres.server().newDatabase();
        try {
            database = PostgresDatabase.open(location, 10);
            Clock clock = Clock.systemUTC();
            assemble(PostgresStores.on(database, clock, Duration.ofHours(48)), clock);
        } catch (RuntimeException e) {
            close(); // JMH skips the teardown of a failed setup
            throw e;
        }
    }

    @TearDown(Level.Trial)
    public void close() {
        if (database != null) {
            database.close();
        }
        PrivatePostgres.server().drop(location);
    }
}
