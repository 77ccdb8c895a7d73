package com.repairbot.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.application.port.out.Conversation;
import com.repairbot.application.port.out.ConversationKey;
import com.repairbot.application.port.out.ConversationStore;
import com.repairbot.application.port.out.contract.ConversationStoreContract;
import com.repairbot.application.testing.MutableClock;
import com.repairbot.domain.staff.ChatId;
import com.repairbot.domain.staff.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The conversation store contract on the real Redis, whose TTL runs on Redis's own clock: time is let pass
 * for real. Then what is stored, looked at with a raw client: the layout of the bot this product replaces.
 */
class RedisConversationStoreIT extends ConversationStoreContract {

    private static final int DATABASE = 9;
    private static final ConversationKey KEY = new ConversationKey(new ChatId(-1001234567890L), new UserId(42));
    private static final Instant AT = Instant.parse("2026-03-10T09:00:00.123456789Z");

    @RegisterExtension
    static final RedisDatabase REDIS = new RedisDatabase(DATABASE);

    @Override
    protected ConversationStore newStore(Clock clock, Duration ttl) {
        REDIS.raw().flush();
        return new RedisConversationStore(REDIS.connection(), RedisKeys.DEFAULT, ttl);
    }

    @Override
    protected void letTimePass(MutableClock clock, Duration duration) {
        clock.advance(duration);
        sleep(duration);
    }

    @Test
    void a_dialog_is_kept_in_the_earlier_bots_layout_with_a_ttl_on_every_key() {
        ConversationStore store = newStore(Clock.systemUTC(), Duration.ofHours(24));
        Map<String, String> answers = Map.of("equipment", "oven", "name", "Иванов \"Ваня\"\n");

        store.save(KEY, new Conversation("CreateRequest:name", answers, 1, AT), 0);

        assertThat(REDIS.raw().commands().keys("fsm:*")).containsExactlyInAnyOrder("fsm:-1001234567890:42:state",
                "fsm:-1001234567890:42:data", "fsm:-1001234567890:42:version");
        assertThat(REDIS.raw().commands().get("fsm:-1001234567890:42:state")).isEqualTo("CreateRequest:name");
        assertThat(REDIS.raw().commands().get("fsm:-1001234567890:42:data"))
                .isEqualTo("{\"equipment\":\"oven\",\"name\":\"Иванов \\\"Ваня\\\"\\n\"}");
        assertThat(REDIS.raw().commands().get("fsm:-1001234567890:42:version")).isEqualTo("1 " + AT);
        for (String key : REDIS.raw().commands().keys("fsm:*")) {
            assertThat(REDIS.raw().commands().pttl(key)).as(key).isBetween(Duration.ofHours(23).toMillis(),
                    Duration.ofHours(24).toMillis());
        }
    }

    @Test
    void a_prefix_puts_every_key_under_it() {
        REDIS.raw().flush();
        ConversationStore store = new RedisConversationStore(REDIS.connection(), new RedisKeys("repairbot:"),
                Duration.ofHours(1));

        store.save(KEY, new Conversation("CreateRequest:name", Map.of(), 1, AT), 0);

        assertThat(REDIS.raw().commands().keys("*")).containsExactlyInAnyOrder("repairbot:fsm:-1001234567890:42:state",
                "repairbot:fsm:-1001234567890:42:data", "repairbot:fsm:-1001234567890:42:version");
        assertThat(store.load(KEY)).isPresent();
        assertThat(new RedisConversationStore(REDIS.connection(), RedisKeys.DEFAULT, Duration.ofHours(1)).load(KEY))
                .isEmpty();
    }

    @Test
    void a_dialog_left_by_the_earlier_bot_without_a_version_counts_as_none_and_is_replaced() {
        ConversationStore store = newStore(Clock.systemUTC(), Duration.ofHours(1));
        REDIS.raw().commands().set("fsm:-1001234567890:42:state", "CreateRequestStates:waiting_for_phone");
        REDIS.raw().commands().set("fsm:-1001234567890:42:data", "{\"equipment\": 3, \"photos\": []}");

        assertThat(store.load(KEY)).isEmpty();
        Conversation fresh = new Conversation("CreateRequest:equipment", Map.of(), 1, AT);
        assertThat(store.save(KEY, fresh, 0)).isTrue();
        assertThat(store.load(KEY)).contains(fresh);
    }

    @Test
    void a_damaged_dialog_is_dropped_so_that_a_new_one_can_start() {
        ConversationStore store = newStore(Clock.systemUTC(), Duration.ofHours(1));
        store.save(KEY, new Conversation("CreateRequest:name", Map.of("k", "v"), 3, AT), 0);
        REDIS.raw().commands().set("fsm:-1001234567890:42:data", "{\"k\": \"unterminated");

        assertThat(store.load(KEY)).isEmpty();

        assertThat(REDIS.raw().commands().keys("fsm:*")).isEmpty();
        assertThat(store.save(KEY, new Conversation("CreateRequest:equipment", Map.of(), 1, AT), 0)).isTrue();
    }

    @Test
    void a_version_without_its_step_or_with_a_bad_time_is_damage_too() {
        ConversationStore store = newStore(Clock.systemUTC(), Duration.ofHours(1));
        REDIS.raw().commands().set("fsm:-1001234567890:42:version", "2 " + AT);
        assertThat(store.load(KEY)).isEmpty();

        REDIS.raw().commands().mset(Map.of("fsm:-1001234567890:42:state", "CreateRequest:name",
                "fsm:-1001234567890:42:data", "{}", "fsm:-1001234567890:42:version", "2 yesterday"));
        assertThat(store.load(KEY)).isEmpty();

        REDIS.raw().commands().mset(Map.of("fsm:-1001234567890:42:state", "CreateRequest:name",
                "fsm:-1001234567890:42:data", "{}", "fsm:-1001234567890:42:version", "two"));
        assertThat(store.load(KEY)).isEmpty();
        assertThat(REDIS.raw().commands().keys("fsm:*")).isEmpty();
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
