package com.repairbot.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.application.memory.InMemoryScheduleLedger;
import com.repairbot.application.port.out.ScheduleLedger;
import com.repairbot.application.schedule.Job;
import com.repairbot.application.schedule.Schedule;
import com.repairbot.application.schedule.Scheduler;
import com.repairbot.application.testing.SchedulerRace;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Scheduled jobs of several instances, their leases in the real Redis (database 8): each slot runs once. */
class RedisSchedulerIT {

    private static final int DATABASE = 8;

    private static TestRedis raw;
    private static RedisConnection redis;

    @BeforeAll
    static void connect() {
        raw = TestRedis.database(DATABASE);
        raw.flush();
        redis = raw.connect();
    }

    @AfterAll
    static void disconnect() {
        raw.flush(); // leave nothing behind
        redis.close();
        raw.close();
    }

    @Test
    void instances_whose_ticks_coincide_run_the_job_once_under_a_redis_lease() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        Job job = new Job("redis-race", new Schedule.Every(Duration.ofMinutes(30)), slot -> runs.incrementAndGet(),
                true);
        ScheduleLedger shared = new InMemoryScheduleLedger();
        List<Scheduler> instances = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            // each instance its own connection's view of the same Redis, as separate processes would have
            instances.add(new Scheduler(List.of(job), new RedisLocks(redis, RedisKeys.DEFAULT), shared,
                    Clock.systemUTC(), (name, e) -> {
                        throw new AssertionError(name, e);
                    }));
        }

        try (SchedulerRace race = new SchedulerRace(instances)) {
            List<List<String>> ran = race.runOnce();
            assertThat(ran.stream().filter(names -> !names.isEmpty())).hasSize(1);
            race.runOnce(); // the same slot again: done already
        }

        assertThat(runs).hasValue(1);
    }

    @Test
    void a_slot_in_progress_elsewhere_is_not_started_here_while_the_lease_is_held() {
        AtomicInteger runs = new AtomicInteger();
        Job job = new Job("redis-held", new Schedule.Every(Duration.ofMinutes(30)), slot -> runs.incrementAndGet(),
                true);
        // another instance holds the lease but has not finished (its ledger entry is not written yet)
        assertThat(new RedisLocks(redis, RedisKeys.DEFAULT).tryAcquire("job:redis-held", Duration.ofMinutes(15)))
                .isPresent();

        List<String> ran = new Scheduler(List.of(job), new RedisLocks(redis, RedisKeys.DEFAULT),
                new InMemoryScheduleLedger(), Clock.systemUTC(), (name, e) -> { }).runDue();

        assertThat(ran).isEmpty();
        assertThat(runs).hasValue(0);
    }
}
