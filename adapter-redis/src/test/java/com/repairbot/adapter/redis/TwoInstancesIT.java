package com.repairbot.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.application.port.out.Conversation;
import com.repairbot.application.port.out.ConversationKey;
import com.repairbot.application.port.out.ConversationStore;
import com.repairbot.application.port.out.HeldLock;
import com.repairbot.application.port.out.Locks;
import com.repairbot.application.port.out.ProcessedUpdates;
import com.repairbot.domain.staff.ChatId;
import com.repairbot.domain.staff.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two bot instances, each with its own connection, four threads each, working on the same chat at once.
 */
class TwoInstancesIT {

    private static final int DATABASE = 13;
    private static final int THREADS_PER_INSTANCE = 4;
    private static final ConversationKey KEY = new ConversationKey(new ChatId(-1001234567890L), new UserId(42));
    private static final Instant AT = Instant.parse("2026-03-10T09:00:00Z");

    private static TestRedis raw;
    private static RedisConnection first;
    private static RedisConnection second;

    @BeforeAll
    static void connect() {
        raw = TestRedis.database(DATABASE);
        first = raw.connect();
        second = raw.connect();
    }

    @AfterAll
    static void disconnect() {
        raw.flush(); // leave nothing behind
        first.close();
        second.close();
        raw.close();
    }

    @BeforeEach
    void flush() {
        raw.flush();
    }

    @Test
    void no_update_of_a_dialog_is_lost_when_both_instances_move_it_on_at_once() throws Exception {
        List<ConversationStore> stores = List.of(
                new RedisConversationStore(first, RedisKeys.DEFAULT, Duration.ofHours(1)),
                new RedisConversationStore(second, RedisKeys.DEFAULT, Duration.ofHours(1)));
        stores.get(0).save(KEY, new Conversation("Flow:count", Map.of("count", "0"), 1, AT), 0);
        int increments = 25;

        // each thread adds one to the count, 25 times, reading and writing with compare-and-set, retrying on conflict
        List<Integer> conflicts = race(thread -> {
            ConversationStore store = stores.get(thread % 2);
            int retries = 0;
            for (int i = 0; i < increments; i++) {
                while (true) {
                    Conversation read = store.load(KEY).orElseThrow();
                    int count = Integer.parseInt(read.data().get("count"));
                    Conversation next = new Conversation("Flow:count", Map.of("count", Integer.toString(count + 1),
                            "last", "thread " + thread), read.version() + 1, AT);
                    if (store.save(KEY, next, read.version())) {
                        break;
                    }
                    retries++;
                }
            }
            return retries;
        });

        int total = 2 * THREADS_PER_INSTANCE * increments;
        Conversation last = stores.get(1).load(KEY).orElseThrow();
        assertThat(last.data()).containsEntry("count", Integer.toString(total));
        assertThat(last.version()).isEqualTo(total + 1);
        assertThat(conflicts.stream().mapToInt(Integer::intValue).sum()).as("the race happened").isPositive();
    }

    @Test
    void the_chat_lock_lets_one_instance_in_at_a_time() throws Exception {
        List<Locks> locks = List.of(new RedisLocks(first, RedisKeys.DEFAULT),
                new RedisLocks(second, RedisKeys.DEFAULT));
        int rounds = 25;

        // under the lock, a read-then-write that is not atomic by itself: any overlap would lose an increment
        List<Integer> waits = race(thread -> {
            Locks mine = locks.get(thread % 2);
            RedisConnection connection = thread % 2 == 0 ? first : second;
            int waited = 0;
            for (int i = 0; i < rounds; i++) {
                Optional<HeldLock> held;
                while ((held = mine.tryAcquire("chat:-1001234567890", Duration.ofSeconds(10))).isEmpty()) {
                    waited++;
                    Thread.onSpinWait();
                }
                try (HeldLock lock = held.get()) {
                    String value = connection.call("get", c -> c.get("counter"));
                    int counter = value == null ? 0 : Integer.parseInt(value);
                    connection.call("set", c -> c.set("counter", Integer.toString(counter + 1)));
                }
            }
            return waited;
        });

        assertThat(raw.commands().get("counter")).isEqualTo(Integer.toString(2 * THREADS_PER_INSTANCE * rounds));
        assertThat(waits.stream().mapToInt(Integer::intValue).sum()).as("the lock was contended").isPositive();
        assertThat(raw.commands().exists("chat:-1001234567890:lock")).isZero();
    }

    @Test
    void of_both_instances_recording_the_same_update_exactly_one_handles_it() throws Exception {
        List<ProcessedUpdates> updates = List.of(
                new RedisProcessedUpdates(first, RedisKeys.DEFAULT, RedisProcessedUpdates.DEFAULT_RETENTION),
                new RedisProcessedUpdates(second, RedisKeys.DEFAULT, RedisProcessedUpdates.DEFAULT_RETENTION));

        List<Integer> firsts = race(thread -> {
            int won = 0;
            for (long update = 1; update <= 100; update++) {
                won += updates.get(thread % 2).markProcessed(update, AT) ? 1 : 0;
            }
            return won;
        });

        assertThat(firsts.stream().mapToInt(Integer::intValue).sum()).isEqualTo(100);
    }

    @Test
    void a_job_lease_lets_one_instance_run_the_job_per_schedule() throws Exception {
        List<Locks> locks = List.of(new RedisLocks(first, RedisKeys.DEFAULT),
                new RedisLocks(second, RedisKeys.DEFAULT));

        // every thread is an instance whose schedule fired: the one that gets the lease runs, and keeps it
        List<Integer> ran = race(thread -> locks.get(thread % 2)
                .tryAcquire("job:daily-report", Duration.ofMinutes(5)).isPresent() ? 1 : 0);

        assertThat(ran.stream().mapToInt(Integer::intValue).sum()).isEqualTo(1);
        assertThat(raw.commands().pttl("job:daily-report:lock")).isPositive();
    }

    /** Runs the task on both instances' threads, released at once; returns each thread's result. */
    private static <T> List<T> race(ThreadTask<T> task) throws Exception {
        int threads = 2 * THREADS_PER_INSTANCE;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int thread = i;
                Callable<T> call = () -> {
                    go.await();
                    return task.run(thread);
                };
                futures.add(pool.submit(call));
            }
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @FunctionalInterface
    private interface ThreadTask<T> {
        T run(int thread) throws Exception;
    }
}
