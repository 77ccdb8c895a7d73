package com.repairbot.bootstrap;

import static com.repairbot.bootstrap.CreateRequestScript.DISPATCHER;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * With {@code REDIS_URL} set, the dialog lives in Redis (the local server, database 7): SIGTERM in the middle of
 * it, and the restarted bot continues it from Redis.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@Timeout(180)
class RedisRestartIT {

    private static final String REDIS = "redis://127.0.0.1:6379/7";
    private static final ConversationKey DIALOG = new ConversationKey(new ChatId(DISPATCHER), new UserId(DISPATCHER));

    @TempDir
    Path folder;

    @BeforeEach
    @AfterEach
    void noDialogOfTheDispatcherInRedis() {
        try (RedisConnection redis = new RedisConnection(RedisConfig.of(REDIS))) {
            new RedisConversationStore(redis, RedisKeys.DEFAULT, Duration.ofHours(48)).delete(DIALOG);
        }
    }

    @Test
    void a_dialog_kept_in_redis_continues_after_sigterm_and_a_restart() throws Exception {
        try (FakeTelegram telegram = new FakeTelegram(Duration.ofSeconds(30))) {
            Map<String, String> env = CreateRequestScript.environment(telegram, folder);
            env.put("REDIS_URL", REDIS);
            try (BotProcess first = BotProcess.start(env, "run")) {
                first.awaitLine(line -> line.contains("long polling started"), Duration.ofSeconds(60));
                assertThat(first.lines()).anyMatch(line -> line.contains("conversation state in Redis " + REDIS));
                CreateRequestScript.startUntilTheName(telegram);
                telegram.say(DISPATCHER, DISPATCHER, CreateRequestScript.CLIENT_NAME);
                assertThat(first.terminate(TelegramMode.STOP_WITHIN.plusSeconds(10)))
                        .isLessThan(TelegramMode.STOP_WITHIN);
            }
            try (RedisConnection redis = new RedisConnection(RedisConfig.of(REDIS))) {
                // one instance (BOT_INSTANCES=1) writes the earlier bot's keys without a version key (ADR 0018)
                assertThat(new RedisSoleConversationStore(redis, RedisKeys.DEFAULT, Duration.ofHours(48),
                        Clock.systemUTC()).load(DIALOG))
                        .hasValueSatisfying(dialog -> assertThat(dialog.stepId()).isEqualTo("CreateRequest:address"));
            }

            try (BotProcess second = BotProcess.start(env, "run")) {
                second.awaitLine(line -> line.contains("long polling started"), Duration.ofSeconds(60));
                CreateRequestScript.finishFromTheAddress(telegram);
                assertThat(telegram.texts(DISPATCHER)).filteredOn(t -> t.contains("Заявка #1 создана")).hasSize(1);
                second.terminate(TelegramMode.STOP_WITHIN.plusSeconds(10));
            }
        }
    }
}
