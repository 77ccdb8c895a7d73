package com.repairbot.benchmarks;

import com.repairbot.adapter.sqlite.SqliteDatabase;
import com.repairbot.adapter.sqlite.SqliteStaff;
import com.repairbot.application.ApplicationSettings;
import com.repairbot.application.service.Authorizer;
import com.repairbot.domain.contact.PhoneNumber;
import com.repairbot.domain.staff.Actor;
import com.repairbot.domain.staff.ChatId;
import com.repairbot.domain.staff.Role;
import com.repairbot.domain.staff.Specialization;
import com.repairbot.domain.staff.Technician;
import com.repairbot.domain.staff.UserId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Who is this user: what every update asks before anything else ({@code Authorizer.actorOf} on the SQLite staff
 * store, outside a unit of work, as a lane asks it). The store keeps roles and technicians in memory and reads one
 * row ({@code staff_version}) per question, so that a change committed by another process is seen at once.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 2)
@Threads(1)
public class SqliteStaffBenchmark {

    private static final UserId ADMIN = new UserId(1);
    private static final UserId DISPATCHER = new UserId(2);
    private static final UserId TECHNICIAN = new UserId(3);

    private Path folder;
    private SqliteDatabase database;
    private Authorizer authorizer;

    @Setup(Level.Trial)
    public void open() throws IOException {
        folder = Files.createTempDirectory("repair-bot-bench-");
        try {
            database = SqliteDatabase.open(folder.resolve("bench.db"), 4);
            SqliteStaff staff = new SqliteStaff(database);
            staff.saveTechnician(Technician.added(TECHNICIAN, PhoneNumber.parse("+7 900 000-00-03"),
                    new Specialization("стиральные машины")).withWorkGroup(new ChatId(-1003)));
            staff.grant(TECHNICIAN, Role.TECHNICIAN);
            authorizer = new Authorizer(ApplicationSettings.defaults(Set.of(ADMIN), Set.of(DISPATCHER)), staff);
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

    /** A technician: granted roles, then whether they are active (two reads of the version). */
    @Benchmark
    public Actor technician() {
        return authorizer.actorOf(TECHNICIAN);
    }

    /** A configured dispatcher: granted roles only (one read of the version). */
    @Benchmark
    public Actor dispatcher() {
        return authorizer.actorOf(DISPATCHER);
    }
}
