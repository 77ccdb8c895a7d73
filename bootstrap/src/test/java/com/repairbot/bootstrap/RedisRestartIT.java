package com.repairbot.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.adapter.redis.RedisConfig;
import com.repairbot.adapter.redis.RedisConnection;
import com.repairbot.adapter.redis.RedisConversationStore;
import com.repairbot.adapter.redis.RedisKeys;
import com.repairbot.adapter.redis.RedisSoleConversationStore;
import com.repairbot.adapter.telegram.FakeTelegram;
import com.repairbot.application.port.out.ConversationKey;
import com.repairbot.domain.staff.ChatId;
import com.repairbot.domain.staff.UserId;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * With {@code REDIS_URL} set, the dialog lives in Redis ({@link LocalRedis}, database 7): SIGTERM in the middle
 * of it, and the restarted bot continues it from Redis.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@Timeout(180)
class RedisRestartIT {

    private static final String REDIS = LocalRedis.url();
    /**
     * A dispatcher of this run only: other checkouts may run this test on the same Redis at the same time, and
     * the dialog keys ({@code fsm:{chat}:{user}:...}) must not meet.
     */
    private final long dispatcher = 2_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
    private final ConversationKey dialog = new ConversationKey(new ChatId(dispatcher), new UserId(dispatcher));

    @TempDir
    Path folder;

    @BeforeEach
    @AfterEach
    void noDialogOfThisDispatcherInRedis() {
        try (RedisConnection redis = new RedisConnection(RedisConfig.of(REDIS))) {
            new RedisConversationStore(redis, RedisKeys.DEFAULT, Duration.ofHours(48)).delete(dialog);
        }
    }

    @Test
    void a_dialog_kept_in_redis_continues_after_sigterm_and_a_restart() throws Exception {
        try (FakeTelegram telegram = new FakeTelegram(Duration.ofSeconds(30))) {
            Map<String, String> env = CreateRequestScript.environment(telegram, folder, dispatcher);
            env.put("REDIS_URL", REDIS);
            try (BotProcess first = BotProcess.start(env, "run")) {
                first.awaitLine(line -> line.contains("long polling started"), Duration.ofSeconds(60));
                assertThat(first.lines())
                        .anyMatch(line -> line.contains("conversation state in Redis " + LocalRedis.shown()));
                CreateRequestScript.startUntilTheName(telegram, dispatcher);
                telegram.say(dispatcher, dispatcher, CreateRequestScript.CLIENT_NAME);
                assertThat(first.terminate(TelegramMode.STOP_WITHIN.plusSeconds(10)))
                        .isLessThan(TelegramMode.STOP_WITHIN);
            }
            try (RedisConnection redis = new RedisConnection(RedisConfig.of(REDIS))) {
                // one instance (BOT_INSTANCES=1) writes the replaced bot's keys without a version key (ADR 0018)
                assertThat(new RedisSoleConversationStore(redis, RedisKeys.DEFAULT, Duration.ofHours(48),
                        Clock.systemUTC()).load(dialog))
                        .hasValueSatisfying(stored -> assertThat(stored.stepId()).isEqualTo("CreateRequest:address"));
            }

            try (BotProcess second = BotProcess.start(env, "run")) {
                second.awaitLine(line -> line.contains("long polling started"), Duration.ofSeconds(60));
                CreateRequestScript.finishFromTheAddress(telegram, dispatcher);
                assertThat(telegram.texts(dispatcher)).filteredOn(t -> t.contains("Заявка #1 создана")).hasSize(1);
                second.terminate(TelegramMode.STOP_WITHIN.plusSeconds(10));
            }
        }
    }
}
