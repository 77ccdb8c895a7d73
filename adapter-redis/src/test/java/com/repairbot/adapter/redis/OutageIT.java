package com.repairbot.adapter.redis;

import static com.repairbot.adapter.redis.DialogOnRedis.CREATE_REQUEST;
import static com.repairbot.adapter.redis.DialogOnRedis.DISPATCHER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.repairbot.application.port.out.ConversationKey;
import com.repairbot.application.port.out.StoreUnavailableException;
import com.repairbot.domain.staff.ChatId;
import com.repairbot.domain.staff.UserId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Redis going away in the middle of a dialog, on a redis-server of the test's own (the shared one is never
 * stopped or put to sleep): a crash and a restart, a server that stops answering ({@code DEBUG SLEEP}), a
 * flood of calls meanwhile. The errors are typed and fast, nothing piles up, and work resumes by itself.
 */
class OutageIT {

    private static final int DATABASE = 1;
    private static final ConversationKey DISPATCHERS_DIALOG = new ConversationKey(new ChatId(DISPATCHER),
            new UserId(DISPATCHER));

    private PrivateRedisServer server;
    private RedisConnection redis;

    @BeforeAll
    static void redisServerIsInstalled() {
        PrivateRedisServer.requireInstalled("outages cannot be staged");
    }

    @BeforeEach
    void startServer() {
        server = PrivateRedisServer.start();
    }

    @AfterEach
    void stopServer() {
        if (redis != null) {
            redis.close();
        }
        server.close();
    }

    @Test
    void a_crash_during_a_dialog_is_answered_politely_and_the_dialog_goes_on_after_the_restart() {
        redis = connect(Duration.ofSeconds(2), RedisConfig.DEFAULT_REQUEST_QUEUE_SIZE);
        DialogOnRedis bot = new DialogOnRedis(new RedisConversationStore(redis, RedisKeys.DEFAULT,
                RedisConversationStore.DEFAULT_TTL));
        for (int step = 0; step <= 2; step++) {
            bot.send(DISPATCHER, CREATE_REQUEST.get(step));
        }

        server.kill();

        long started = System.nanoTime();
        for (int i = 0; i < 50; i++) {
            assertThat(bot.send(DISPATCHER, CREATE_REQUEST.get(3))).isEqualTo(DialogOnRedis.unavailable());
        }
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("50 updates while Redis is down")
                .isLessThan(Duration.ofSeconds(1));

        server.startAgain();
        long restarted = System.nanoTime();

        String reply = eventually(() -> bot.send(DISPATCHER, CREATE_REQUEST.get(3)),
                text -> !text.equals(DialogOnRedis.unavailable()));
        System.out.printf("Dialog resumed %d ms after Redis answered again%n",
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - restarted));
        assertThat(reply).as("the name was taken: the address is asked next").isNotEmpty();
        for (int step = 4; step < CREATE_REQUEST.size(); step++) {
            assertThat(bot.send(DISPATCHER, CREATE_REQUEST.get(step))).isNotEqualTo(DialogOnRedis.unavailable());
        }
        assertThat(bot.requestCount()).isEqualTo(1);
    }

    @Test
    void while_redis_is_down_calls_fail_at_once_nothing_is_queued_and_nothing_is_replayed_later() {
        redis = connect(Duration.ofSeconds(2), RedisConfig.DEFAULT_REQUEST_QUEUE_SIZE);
        redis.call("count", c -> c.incr("counter"));

        server.kill();
        long started = System.nanoTime();
        int failed = 0;
        for (int i = 0; i < 10_000; i++) {
            try {
                redis.call("count", c -> c.incr("counter"));
            } catch (StoreUnavailableException unavailable) {
                failed++;
            }
        }
        Duration tenThousandCalls = Duration.ofNanos(System.nanoTime() - started);
        server.startAgain();

        System.out.printf("10 000 calls while Redis was down: all failed in %d ms (%.1f µs each)%n",
                tenThousandCalls.toMillis(), tenThousandCalls.toNanos() / 10_000 / 1000.0);
        assertThat(failed).isEqualTo(10_000);
        assertThat(tenThousandCalls).isLessThan(Duration.ofSeconds(5));
        eventually(() -> redis.ping(), Boolean::booleanValue);
        RedisConversationStoreIT.sleep(Duration.ofMillis(300)); // would any have been replayed, it would be now
        String counter = redis.call("read", c -> c.get("counter"));
        assertThat(counter).as("none of the 10 000 ran later").isEqualTo("1");
    }

    @Test
    void a_server_that_stops_answering_times_out_with_a_typed_error_and_then_works_again() throws Exception {
        redis = connect(Duration.ofMillis(500), RedisConfig.DEFAULT_REQUEST_QUEUE_SIZE);
        RedisConversationStore store = new RedisConversationStore(redis, RedisKeys.DEFAULT, Duration.ofHours(1));
        store.load(DISPATCHERS_DIALOG);

        try (TestRedis sleeper = TestRedis.at(server.url(DATABASE))) {
            CompletableFuture<String> asleep = CompletableFuture.supplyAsync(() -> sleeper.debugSleep(2));
            RedisConversationStoreIT.sleep(Duration.ofMillis(100));

            assertThatThrownBy(() -> store.load(DISPATCHERS_DIALOG))
                    .isInstanceOf(StoreUnavailableException.class)
                    .hasMessageContaining("unavailable (load dialog)")
                    .hasMessageContaining("RedisCommandTimeoutException");
            // failed fast: before the sleeping server answered anyone (no wall-clock bound to flake on a busy machine)
            assertThat(asleep).as("Redis still asleep when the call gave up").isNotDone();
            assertThat(asleep.get(10, TimeUnit.SECONDS)).isEqualTo("OK");
        }
        assertThat(store.load(DISPATCHERS_DIALOG)).isEmpty();
        assertThat(redis.ping()).isTrue();
    }

    @Test
    void while_redis_is_slow_no_more_than_the_queue_size_of_commands_wait() throws Exception {
        int queue = 8;
        int callers = 40;
        redis = connect(Duration.ofSeconds(4), queue);
        RedisConversationStore store = new RedisConversationStore(redis, RedisKeys.DEFAULT, Duration.ofHours(1));
        store.load(DISPATCHERS_DIALOG);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try (TestRedis sleeper = TestRedis.at(server.url(DATABASE))) {
            CompletableFuture<String> asleep = CompletableFuture.supplyAsync(() -> sleeper.debugSleep(2));
            RedisConversationStoreIT.sleep(Duration.ofMillis(100));

            CountDownLatch go = new CountDownLatch(1);
            List<Future<String>> outcomes = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                outcomes.add(pool.submit(() -> {
                    go.await();
                    long started = System.nanoTime();
                    try {
                        store.load(DISPATCHERS_DIALOG);
                        return "answered";
                    } catch (StoreUnavailableException unavailable) {
                        boolean fast = System.nanoTime() - started < TimeUnit.MILLISECONDS.toNanos(500);
                        // Lettuce bounds both its queue and its stack of commands sent: either says "size exceeded"
                        return unavailable.getMessage().contains("size exceeded") && fast
                                ? "refused at once" : "failed: " + unavailable.getMessage();
                    }
                }));
            }
            go.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get(30, TimeUnit.SECONDS));
            }
            assertThat(asleep.get(10, TimeUnit.SECONDS)).isEqualTo("OK");

            assertThat(results).filteredOn("answered"::equals).hasSizeLessThanOrEqualTo(queue);
            assertThat(results).filteredOn("refused at once"::equals).hasSizeGreaterThanOrEqualTo(callers - queue);
            assertThat(results).allMatch(r -> r.equals("answered") || r.equals("refused at once"));
        } finally {
            pool.shutdownNow();
        }
        assertThat(store.load(DISPATCHERS_DIALOG)).isEmpty();
    }

    @Test
    void a_wrong_password_is_a_typed_error_that_never_shows_the_password() {
        String wrong = "not-the-Pa55word";
        redis = new RedisConnection(RedisConfig.of("redis://:" + wrong + "@127.0.0.1:" + server.port + "/1"));
        RedisConversationStore store = new RedisConversationStore(redis, RedisKeys.DEFAULT, Duration.ofHours(1));

        assertThatThrownBy(() -> store.load(DISPATCHERS_DIALOG))
                .isInstanceOf(StoreUnavailableException.class)
                .satisfies(failure -> RedisConnectionIT.assertNoSecretIn(failure, wrong))
                .satisfies(failure -> RedisConnectionIT.assertNoSecretIn(failure, PrivateRedisServer.PASSWORD));
        assertThat(redis.ping()).isFalse();
    }

    @Test
    void scripts_forgotten_by_the_server_are_sent_again_in_full() {
        redis = connect(Duration.ofSeconds(2), RedisConfig.DEFAULT_REQUEST_QUEUE_SIZE);
        RedisLocks locks = new RedisLocks(redis, RedisKeys.DEFAULT);
        locks.tryAcquire("chat:1", Duration.ofSeconds(10)).orElseThrow().release();

        redis.call("forget scripts", c -> c.scriptFlush());

        assertThat(locks.tryAcquire("chat:1", Duration.ofSeconds(10)).orElseThrow().release()).isTrue();
    }

    @Test
    void a_chat_lock_taken_while_redis_stalled_is_freed_when_redis_answers_instead_of_after_its_hold_time()
            throws Exception {
        redis = connect(Duration.ofMillis(500), RedisConfig.DEFAULT_REQUEST_QUEUE_SIZE);
        RedisLocks locks = new RedisLocks(redis, RedisKeys.DEFAULT);
        locks.tryAcquire("chat:7", Duration.ofSeconds(1)).orElseThrow().release();

        try (TestRedis sleeper = TestRedis.at(server.url(DATABASE))) {
            CompletableFuture<String> asleep = CompletableFuture.supplyAsync(() -> sleeper.debugSleep(2));
            RedisConversationStoreIT.sleep(Duration.ofMillis(100));

            // the SET times out here, but Redis carries it out when it wakes: a lock held by nobody
            assertThatThrownBy(() -> locks.tryAcquire("chat:42", Duration.ofSeconds(60)))
                    .isInstanceOf(StoreUnavailableException.class);
            assertThat(asleep.get(10, TimeUnit.SECONDS)).isEqualTo("OK");
        }
        long woke = System.nanoTime();

        // another instance takes the chat's lock within seconds, not after the 60 s hold time
        eventually(() -> locks.tryAcquire("chat:42", Duration.ofSeconds(60)), java.util.Optional::isPresent)
                .orElseThrow().release();
        System.out.printf("The chat's lock was free %d ms after Redis answered again%n",
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - woke));
    }

    @Test
    void a_chat_lock_whose_release_got_no_answer_is_freed_when_redis_answers() throws Exception {
        int queue = 2;
        redis = connect(Duration.ofSeconds(4), queue);
        RedisLocks locks = new RedisLocks(redis, RedisKeys.DEFAULT);
        var held = locks.tryAcquire("chat:43", Duration.ofSeconds(60)).orElseThrow();
        ExecutorService pool = Executors.newFixedThreadPool(queue);
        try (TestRedis sleeper = TestRedis.at(server.url(DATABASE))) {
            CompletableFuture<String> asleep = CompletableFuture.supplyAsync(() -> sleeper.debugSleep(2));
            RedisConversationStoreIT.sleep(Duration.ofMillis(100));
            for (int i = 0; i < queue; i++) { // the queue fills with calls waiting for the sleeping server
                pool.submit(() -> redis.ping());
            }
            RedisConversationStoreIT.sleep(Duration.ofMillis(200));

            // refused at once (the queue is full): the release never reached Redis
            assertThatThrownBy(held::release).isInstanceOf(StoreUnavailableException.class);
            assertThat(asleep.get(10, TimeUnit.SECONDS)).isEqualTo("OK");
        } finally {
            pool.shutdownNow();
        }

        eventually(() -> locks.tryAcquire("chat:43", Duration.ofSeconds(60)), java.util.Optional::isPresent)
                .orElseThrow().release();
    }

    private RedisConnection connect(Duration timeout, int queue) {
        return new RedisConnection(RedisConfig.of(server.url(DATABASE)).withCommandTimeout(timeout)
                .withRequestQueueSize(queue));
    }

    /** Retries until the result is accepted (work resuming by itself), for up to 10 s. */
    private static <T> T eventually(Supplier<T> attempt, java.util.function.Predicate<T> accepted) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        T last = null;
        while (System.nanoTime() < deadline) {
            try {
                last = attempt.get();
                if (accepted.test(last)) {
                    return last;
                }
            } catch (StoreUnavailableException notYet) {
                // still reconnecting
            }
            RedisConversationStoreIT.sleep(Duration.ofMillis(50));
        }
        throw new AssertionError("did not resume within 10 s; last result: " + last);
    }
}
