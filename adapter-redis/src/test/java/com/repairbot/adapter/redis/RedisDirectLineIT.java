package com.repairbot.adapter.redis;

import static com.repairbot.adapter.redis.RedisConnectionIT.assertNoSecretIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.repairbot.application.port.out.StoreUnavailableException;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The dialog's saves written by the calling thread on a socket of its own (ADR 0041), against a private
 * redis-server with a password: what Lettuce's path did — the database and the password of the URL, typed and
 * password-free failures, a timeout, finding Redis again — it does too.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@Timeout(60)
class RedisDirectLineIT {

    private static PrivateRedisServer server;
    private static TestRedis raw;

    @BeforeAll
    static void start() {
        PrivateRedisServer.requireInstalled("the direct line's tests");
        server = PrivateRedisServer.start();
        raw = TestRedis.at(server.url(5));
    }

    @AfterAll
    static void stop() {
        raw.close();
        server.close();
    }

    @Test
    void commands_land_in_the_database_of_the_url_with_their_expiry_and_a_socket_serves_one_call_after_another() {
        try (RedisConnection redis = new RedisConnection(RedisConfig.of(server.url(5)))) {
            for (int i = 0; i < 50; i++) {
                redis.pipelined("save", List.of(set("dialog:a", "step " + i, 60_000), set("dialog:b", "b", 60_000)));
            }

            assertThat(raw.commands().get("dialog:a")).isEqualTo("step 49");
            assertThat(raw.commands().pttl("dialog:b")).isBetween(1L, 60_000L);
            try (TestRedis databaseZero = TestRedis.at(server.url(0))) {
                assertThat(databaseZero.commands().exists("dialog:a")).isZero();
            }

            redis.pipelined("end", List.of(del("dialog:a", "dialog:b")));
            assertThat(raw.commands().exists("dialog:a", "dialog:b")).isZero();
        }
    }

    @ParameterizedTest(name = "saved directly: {0}")
    @ValueSource(booleans = {true, false})
    void both_paths_write_the_same_words_whatever_their_characters_and_answer_types(boolean directly) {
        String json = "{\"name\":\"Семёнова Ольга\",\"note\":\"🔧 \\r\\n $5 *2\"}";
        try (RedisConnection redis = new RedisConnection(RedisConfig.of(server.url(5)), directly)) {
            redis.pipelined("save", List.of(set("words", json, 60_000), List.of("INCR", "n"), List.of("GET", "none"),
                    List.of("GET", "words"), List.of("MGET", "words", "none")));

            assertThat(raw.commands().get("words")).isEqualTo(json);
            assertThat(raw.commands().get("n")).isEqualTo("1");
            redis.pipelined("end", List.of(del("words", "n")));
            assertThat(raw.commands().exists("words", "n")).isZero();
        }
    }

    @Test
    void a_refused_command_fails_typed_with_redis_words_and_the_next_call_on_the_same_socket_works() {
        raw.commands().set("a-number", "not a number");
        try (RedisConnection redis = new RedisConnection(RedisConfig.of(server.url(5)))) {
            List<String> incr = List.of("INCR", "a-number");

            assertThatThrownBy(() -> redis.pipelined("count", List.of(set("before", "1", 60_000), incr)))
                    .isInstanceOf(StoreUnavailableException.class)
                    .hasMessageContaining("unavailable (count)")
                    .hasMessageContaining("not an integer");
            assertThat(raw.commands().get("before")).as("the command before it was done").isEqualTo("1");

            redis.pipelined("save", List.of(set("after", "2", 60_000)));
            assertThat(raw.commands().get("after")).isEqualTo("2");
        }
    }

    @Test
    void a_wrong_password_fails_typed_and_never_shows_the_password() {
        String wrong = "not-the-Pa55word";
        String url = "redis://:" + wrong + "@127.0.0.1:" + server.port + "/5";
        try (RedisConnection redis = new RedisConnection(RedisConfig.of(url))) {
            assertThatThrownBy(() -> redis.pipelined("save", List.of(set("x", "1", 60_000))))
                    .isInstanceOf(StoreUnavailableException.class)
                    .hasMessageContaining("WRONGPASS")
                    .satisfies(failure -> assertNoSecretIn(failure, wrong));
        }
    }

    @Test
    void a_redis_that_never_answers_fails_after_the_command_timeout_and_its_socket_is_not_used_again()
            throws Exception {
        List<Socket> accepted = new CopyOnWriteArrayList<>();
        try (ServerSocket silent = new ServerSocket(0)) {
            Thread acceptor = Thread.ofPlatform().daemon(true).start(() -> {
                while (!silent.isClosed()) {
                    try {
                        Socket socket = silent.accept();
                        accepted.add(socket);
                        Thread.ofPlatform().daemon(true).start(() -> drain(socket)); // reads, never answers
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
            RedisConfig config = RedisConfig.of("redis://127.0.0.1:" + silent.getLocalPort() + "/0")
                    .withCommandTimeout(Duration.ofMillis(300));
            try (RedisConnection redis = new RedisConnection(config)) {
                List<Long> took = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    long started = System.nanoTime();
                    assertThatThrownBy(() -> redis.pipelined("save", List.of(set("x", "1", 60_000))))
                            .isInstanceOf(StoreUnavailableException.class)
                            .hasMessageContaining("timed out");
                    took.add(Duration.ofNanos(System.nanoTime() - started).toMillis());
                }
                assertThat(took).allSatisfy(ms -> assertThat(ms).isBetween(250L, 5_000L));
                assertThat(accepted).as("a new socket for the second call").hasSize(2);
                long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
                while (!accepted.get(0).isClosed() && System.nanoTime() < deadline) {
                    RedisConversationStoreIT.sleep(Duration.ofMillis(10));
                }
                assertThat(accepted.get(0).isClosed()).as("the first one was closed by the bot (end of stream)")
                        .isTrue();
            }
            acceptor.interrupt();
        } finally {
            for (Socket socket : accepted) {
                socket.close();
            }
        }
    }

    @Test
    void a_redis_killed_and_started_again_fails_calls_fast_meanwhile_and_is_found_again() {
        try (PrivateRedisServer own = PrivateRedisServer.start();
             RedisConnection redis = new RedisConnection(RedisConfig.of(own.url(3)))) {
            redis.pipelined("save", List.of(set("x", "1", 60_000)));

            own.kill();
            assertThatThrownBy(() -> redis.pipelined("save", List.of(set("x", "2", 60_000))))
                    .isInstanceOf(StoreUnavailableException.class)
                    .satisfies(failure -> assertNoSecretIn(failure, PrivateRedisServer.PASSWORD));
            long started = System.nanoTime();
            for (int i = 0; i < 100; i++) {
                assertThatThrownBy(() -> redis.pipelined("save", List.of(set("x", "3", 60_000))))
                        .isInstanceOf(StoreUnavailableException.class);
            }
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));

            own.startAgain();
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            boolean saved = false;
            while (!saved && System.nanoTime() < deadline) {
                try {
                    redis.pipelined("save", List.of(set("x", "4", 60_000)));
                    saved = true;
                } catch (StoreUnavailableException stillDown) {
                    RedisConversationStoreIT.sleep(Duration.ofMillis(50));
                }
            }
            assertThat(saved).isTrue();
            try (TestRedis check = TestRedis.at(own.url(3))) {
                assertThat(check.commands().get("x")).isEqualTo("4");
            }
        }
    }

    @Test
    void a_closed_connection_refuses_saves_with_a_typed_error() {
        RedisConnection redis = new RedisConnection(RedisConfig.of(server.url(5)));
        redis.pipelined("save", List.of(set("x", "1", 60_000)));
        redis.close();

        assertThatThrownBy(() -> redis.pipelined("save", List.of(set("x", "2", 60_000))))
                .isInstanceOf(StoreUnavailableException.class).hasMessageContaining("closed");
    }

    private static List<String> set(String key, String value, long ttlMillis) {
        return List.of("SET", key, value, "PX", Long.toString(ttlMillis));
    }

    private static List<String> del(String... keys) {
        List<String> words = new ArrayList<>(List.of("DEL"));
        words.addAll(List.of(keys));
        return words;
    }

    /** Reads until the other side closes, then closes its end (so {@link Socket#isClosed} tells it happened). */
    private static void drain(Socket socket) {
        try (InputStream in = socket.getInputStream()) {
            while (in.read() >= 0) {
                // read what is written, answer nothing
            }
        } catch (IOException closed) {
            // the test closed it
        }
    }
}
