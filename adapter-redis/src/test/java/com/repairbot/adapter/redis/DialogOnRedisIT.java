package com.repairbot.adapter.redis;

import static com.repairbot.adapter.redis.DialogOnRedis.DISPATCHER;
import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.application.conversation.Input;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A create-request dialog through the application with its dialogs on Redis: while it is open, the keys the
 * operators check by hand ({@code redis-cli KEYS "fsm:*"}) are there; when it ends, they are gone.
 */
class DialogOnRedisIT {

    private static final int DATABASE = 15;
    private static final String STATE = "fsm:" + DISPATCHER + ":" + DISPATCHER + ":state";
    private static final String DATA = "fsm:" + DISPATCHER + ":" + DISPATCHER + ":data";

    @RegisterExtension
    static final RedisDatabase REDIS = new RedisDatabase(DATABASE);
    private DialogOnRedis bot;

    @BeforeEach
    void startWithNoDialog() {
        REDIS.raw().flush();
        bot = new DialogOnRedis(new RedisConversationStore(REDIS.connection(), RedisKeys.DEFAULT,
                RedisConversationStore.DEFAULT_TTL));
    }

    @Test
    void an_open_dialog_is_in_fsm_state_and_data_and_ending_it_removes_them() {
        bot.send(DISPATCHER, DialogOnRedis.CREATE_REQUEST.get(0));

        assertThat(REDIS.raw().commands().keys("fsm:*")).contains(STATE, DATA);
        assertThat(REDIS.raw().commands().get(STATE)).isEqualTo("CreateRequest:equipment");
        assertThat(REDIS.raw().commands().ttl(STATE)).isBetween(Duration.ofHours(23).toSeconds(),
                Duration.ofHours(24).toSeconds());
        assertThat(REDIS.raw().commands().ttl(DATA)).isBetween(Duration.ofHours(23).toSeconds(),
                Duration.ofHours(24).toSeconds());

        for (int step = 1; step <= 5; step++) {
            bot.send(DISPATCHER, DialogOnRedis.CREATE_REQUEST.get(step));
        }
        assertThat(REDIS.raw().commands().get(STATE)).isEqualTo("CreateRequest:notes");
        assertThat(DialogJson.read(REDIS.raw().commands().get(DATA))).containsAllEntriesOf(Map.of(
                "equipment", "washing_machine",
                "description", "Не сливает воду, гудит",
                "name", "Иванов Иван",
                "address", "г. Москва, ул. Ленина, д. 5, кв. 12",
                "phone", "+79991234567"));

        for (int step = 6; step < DialogOnRedis.CREATE_REQUEST.size(); step++) {
            bot.send(DISPATCHER, DialogOnRedis.CREATE_REQUEST.get(step));
        }
        assertThat(bot.requestCount()).isEqualTo(1);
        assertThat(REDIS.raw().commands().keys("fsm:*")).isEmpty();
    }

    @Test
    void cancelling_removes_the_keys_too() {
        bot.send(DISPATCHER, DialogOnRedis.CREATE_REQUEST.get(0));
        bot.send(DISPATCHER, DialogOnRedis.CREATE_REQUEST.get(1));
        assertThat(REDIS.raw().commands().keys("fsm:*")).isNotEmpty();

        bot.send(DISPATCHER, new Input.Command("cancel", ""));

        assertThat(REDIS.raw().commands().keys("fsm:*")).isEmpty();
        assertThat(bot.requestCount()).isZero();
    }

    @Test
    void a_restarted_instance_continues_the_dialog_where_it_was() {
        for (int step = 0; step <= 3; step++) {
            bot.send(DISPATCHER, DialogOnRedis.CREATE_REQUEST.get(step));
        }

        try (RedisConnection restarted = REDIS.raw().connect()) {
            DialogOnRedis again = new DialogOnRedis(new RedisConversationStore(restarted, RedisKeys.DEFAULT,
                    RedisConversationStore.DEFAULT_TTL));
            for (int step = 4; step < DialogOnRedis.CREATE_REQUEST.size(); step++) {
                again.send(DISPATCHER, DialogOnRedis.CREATE_REQUEST.get(step));
            }
            assertThat(again.requestCount()).isEqualTo(1);
        }
        assertThat(REDIS.raw().commands().keys("fsm:*")).isEmpty();
    }
}
