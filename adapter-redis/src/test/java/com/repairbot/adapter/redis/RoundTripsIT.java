package com.repairbot.adapter.redis;

import static com.repairbot.adapter.redis.DialogOnRedis.CREATE_REQUEST;
import static com.repairbot.adapter.redis.DialogOnRedis.DISPATCHER;
import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.application.conversation.Input;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Redis commands per handled update, counted by Redis itself ({@code INFO commandstats} before and after a
 * scripted create-request dialog) on a redis-server of the test's own, so that no other client's commands
 * are counted. The figure is printed for the README.
 */
class RoundTripsIT {

    private static final int DATABASE = 1;

    private static PrivateRedisServer server;
    private static TestRedis raw;
    private static RedisConnection redis;

    @BeforeAll
    static void start() {
        PrivateRedisServer.requireInstalled("commands cannot be counted");
        server = PrivateRedisServer.start();
        raw = TestRedis.at(server.url(DATABASE));
        redis = new RedisConnection(RedisConfig.of(server.url(DATABASE)));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            redis.close();
            raw.close();
            server.close();
        }
    }

    @Test
    void a_create_request_dialog_costs_at_most_two_redis_commands_per_update() {
        DialogOnRedis bot = new DialogOnRedis(new RedisConversationStore(redis, RedisKeys.DEFAULT,
                RedisConversationStore.DEFAULT_TTL));
        // warm up: connect, and load the save script into the server once (EVALSHA, NOSCRIPT, EVAL)
        Map<String, Long> first = count(() -> CREATE_REQUEST.forEach(input -> bot.send(DISPATCHER, input)));
        bot.send(DISPATCHER, new Input.Text("hello")); // an update outside a dialog: one MGET

        Map<String, Long> measured = count(() -> DialogOnRedis.createRequest("+79991234568")
                .forEach(input -> bot.send(DISPATCHER, input)));

        // Redis counts the commands a script runs under their own names: the save script's GET and three SETs
        // run inside the one EVALSHA the bot sent; the bot itself never sends GET or SET
        long saves = measured.getOrDefault("evalsha", 0L);
        assertThat(measured).containsEntry("get", saves).containsEntry("set", 3 * saves);
        Map<String, Long> sent = new TreeMap<>(measured);
        sent.keySet().removeAll(Set.of("get", "set"));
        long roundTrips = sent.values().stream().mapToLong(Long::longValue).sum();
        int updates = CREATE_REQUEST.size();
        System.out.printf("Redis commands sent for a %d-update create-request dialog: %d (%.2f per update) %s;"
                        + " counted by INFO commandstats with the script's inner commands: %s;"
                        + " first dialog after a server start: %s%n", updates, roundTrips,
                (double) roundTrips / updates, sent, measured, first);
        assertThat(bot.requestCount()).isEqualTo(2);
        assertThat(sent).isEqualTo(Map.of("mget", (long) updates, "evalsha", updates - 1L, "del", 1L));
        assertThat(roundTrips).isLessThanOrEqualTo(2L * updates);
    }

    @Test
    void the_sole_instance_store_costs_at_most_two_commands_per_update_counting_everything_redis_runs() {
        DialogOnRedis bot = new DialogOnRedis(new RedisSoleConversationStore(redis, RedisKeys.DEFAULT,
                RedisConversationStore.DEFAULT_TTL, java.time.Clock.systemUTC()));
        count(() -> CREATE_REQUEST.forEach(input -> bot.send(DISPATCHER, input)));
        bot.send(DISPATCHER, new Input.Text("hello")); // outside a dialog: known to be none, no command

        Map<String, Long> measured = count(() -> DialogOnRedis.createRequest("+79991234568")
                .forEach(input -> bot.send(DISPATCHER, input)));

        // what the load rig counts (INFO total_commands_processed): every command, none run inside a script
        long total = measured.values().stream().mapToLong(Long::longValue).sum();
        int updates = CREATE_REQUEST.size();
        System.out.printf("Sole-instance store: Redis commands for a %d-update create-request dialog: %d (%.2f per"
                + " update) %s%n", updates, total, (double) total / updates, measured);
        assertThat(measured).isEqualTo(Map.of("set", 2L * (updates - 1), "del", 1L));
        assertThat(total).isLessThanOrEqualTo(2L * updates);
    }

    private static Map<String, Long> count(Runnable work) {
        Map<String, Long> before = commandStats();
        work.run();
        Map<String, Long> after = commandStats();
        Map<String, Long> used = new TreeMap<>();
        after.forEach((command, calls) -> {
            long delta = calls - before.getOrDefault(command, 0L);
            if (delta > 0 && !command.equals("info")) {
                used.put(command, delta);
            }
        });
        return used;
    }

    /** @return calls per command, from {@code cmdstat_<command>:calls=<n>,usec=...} lines */
    private static Map<String, Long> commandStats() {
        Map<String, Long> calls = new TreeMap<>();
        for (String line : raw.commands().info("commandstats").split("\r?\n")) {
            if (line.startsWith("cmdstat_")) {
                String command = line.substring("cmdstat_".length(), line.indexOf(':'));
                String count = line.substring(line.indexOf("calls=") + 6, line.indexOf(',', line.indexOf("calls=")));
                calls.put(command, Long.parseLong(count));
            }
        }
        return calls;
    }
}
