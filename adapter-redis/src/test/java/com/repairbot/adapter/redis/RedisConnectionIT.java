package com.repairbot.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.repairbot.application.port.out.Conversation;
import com.repairbot.application.port.out.ConversationKey;
import com.repairbot.application.port.out.StoreUnavailableException;
import com.repairbot.domain.staff.ChatId;
import com.repairbot.domain.staff.UserId;
import io.lettuce.core.KillArgs;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The shared connection: failing fast and typed when Redis cannot be reached, and finding it again. */
class RedisConnectionIT {

    private static final int DATABASE = 14;
    private static final String SECRET = "s3cret-Pa55";
    private static final ConversationKey KEY = new ConversationKey(new ChatId(42), new UserId(42));
    private static final Conversation STARTED = new Conversation("CreateRequest:description",
            Map.of("equipment", "oven"), 1, Instant.parse("2026-03-10T09:00:00Z"));

    private static TestRedis raw;

    @BeforeAll
    static void connect() {
        raw = TestRedis.database(DATABASE);
    }

    @AfterAll
    static void disconnect() {
        raw.flush(); // leave nothing behind
        raw.close();
    }

    @BeforeEach
    void flush() {
        raw.flush();
    }

    @Test
    void a_redis_that_answers_is_pinged_and_named_without_its_password() {
        try (RedisConnection redis = raw.connect()) {
            assertThat(redis.ping()).isTrue();
            assertThat(redis.where()).endsWith("/" + DATABASE);
            assertThat(redis).hasToString("RedisConnection[" + redis.where() + "]");
        }
    }

    @Test
    void a_redis_on_a_closed_port_fails_fast_with_a_typed_error_that_never_shows_the_password() throws IOException {
        int closed = closedPort();
        try (RedisConnection redis = new RedisConnection(RedisConfig.of("redis://:" + SECRET + "@127.0.0.1:"
                + closed + "/" + DATABASE))) {
            RedisConversationStore store = new RedisConversationStore(redis, RedisKeys.DEFAULT, Duration.ofHours(1));

            long started = System.nanoTime();
            assertThatThrownBy(() -> store.load(KEY))
                    .isInstanceOf(StoreUnavailableException.class)
                    .hasMessageStartingWith("Redis at 127.0.0.1:" + closed + "/" + DATABASE + " unavailable (connect)")
                    .satisfies(failure -> assertNoSecretIn(failure, SECRET));
            for (int i = 0; i < 100; i++) {
                assertThatThrownBy(() -> store.save(KEY, STARTED, 0)).isInstanceOf(StoreUnavailableException.class)
                        .satisfies(failure -> assertNoSecretIn(failure, SECRET));
            }
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
            assertThat(redis.ping()).isFalse();
        }
    }

    @Test
    void a_killed_connection_gives_a_clean_typed_error_at_most_and_work_resumes_by_itself() {
        try (RedisConnection redis = raw.connect()) {
            RedisConversationStore store = new RedisConversationStore(redis, RedisKeys.DEFAULT, Duration.ofHours(1));
            store.save(KEY, STARTED, 0);
            long killedId = redis.call("client id", c -> c.clientId());

            raw.commands().clientKill(KillArgs.Builder.id(killedId));

            List<String> failures = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            boolean resumed = false;
            while (!resumed && System.nanoTime() < deadline) {
                try {
                    assertThat(store.load(KEY)).contains(STARTED);
                    resumed = true;
                } catch (StoreUnavailableException unavailable) {
                    failures.add(unavailable.getMessage());
                    RedisConversationStoreIT.sleep(Duration.ofMillis(20));
                }
            }
            assertThat(resumed).as("resumed; failures meanwhile: %s", failures).isTrue();
            long newId = redis.call("client id", c -> c.clientId());
            assertThat(newId).isNotEqualTo(killedId);
            assertThat(store.save(KEY, new Conversation("CreateRequest:name", Map.of(), 2, STARTED.updatedAt()), 1))
                    .isTrue();
        }
    }

    @Test
    void a_closed_connection_refuses_work_with_a_typed_error() {
        RedisConnection redis = raw.connect();
        RedisConversationStore store = new RedisConversationStore(redis, RedisKeys.DEFAULT, Duration.ofHours(1));
        store.load(KEY);

        redis.close();
        redis.close();

        assertThatThrownBy(() -> store.load(KEY)).isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining("closed");
        assertThat(redis.ping()).isFalse();
    }

    static void assertNoSecretIn(Throwable failure, String secret) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            assertThat(t.toString()).doesNotContain(secret);
            for (StackTraceElement frame : t.getStackTrace()) {
                assertThat(frame.toString()).doesNotContain(secret);
            }
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
