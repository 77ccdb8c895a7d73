package com.repairbot.adapter.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.application.port.out.HeldLock;
import com.repairbot.application.port.out.Locks;
import com.repairbot.application.port.out.contract.LocksContract;
import com.repairbot.application.testing.MutableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Row leases in the SQLite file, held to the contract the in-memory and Redis locks meet. */
class SqliteLocksIT extends LocksContract {

    private final TemporaryDatabase databases = new TemporaryDatabase();

    @Override
    protected Locks newLocks(Clock clock) {
        return new SqliteLocks(databases.open(), clock);
    }

    @AfterEach
    void closeDatabases() {
        databases.closeAll();
    }

    @Test
    void two_processes_on_one_file_never_both_take_a_lease() throws Exception {
        SqliteDatabase database = databases.open();
        MutableClock clock = new MutableClock(Instant.parse("2026-03-10T09:00:00Z"));
        Locks first = new SqliteLocks(database, clock);
        Locks second = new SqliteLocks(database, clock);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 20; round++) {
                String name = "job:race-" + round;
                List<Callable<Optional<HeldLock>>> takers = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    Locks locks = i % 2 == 0 ? first : second;
                    takers.add(() -> locks.tryAcquire(name, Duration.ofMinutes(15)));
                }
                int won = 0;
                for (Future<Optional<HeldLock>> result : pool.invokeAll(takers)) {
                    won += result.get().isPresent() ? 1 : 0;
                }
                assertThat(won).as("round " + round).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
