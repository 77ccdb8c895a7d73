package com.repairbot.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.application.port.out.ProcessedUpdates;
import com.repairbot.application.port.out.contract.ProcessedUpdatesContract;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The dedupe contract on the real Redis, then expiry by Redis itself. */
class RedisProcessedUpdatesIT extends ProcessedUpdatesContract {

    private static final int DATABASE = 12;
    private static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");

    @RegisterExtension
    static final RedisDatabase REDIS = new RedisDatabase(DATABASE);

    @Override
    protected ProcessedUpdates newStore() {
        REDIS.raw().flush();
        return new RedisProcessedUpdates(REDIS.connection(), RedisKeys.DEFAULT,
                RedisProcessedUpdates.DEFAULT_RETENTION);
    }

    /** Another instance's store on the same Redis. */
    @Override
    protected ProcessedUpdates anotherOnTheSameData() {
        return new RedisProcessedUpdates(REDIS.connection(), RedisKeys.DEFAULT,
                RedisProcessedUpdates.DEFAULT_RETENTION);
    }

    @Test
    void an_update_is_the_key_update_id_which_expires_after_48_hours() {
        ProcessedUpdates updates = newStore();

        updates.markProcessed(123_456_789L, NOW);

        assertThat(REDIS.raw().commands().get("update:123456789")).isEqualTo(Long.toString(NOW.toEpochMilli()));
        assertThat(REDIS.raw().commands().pttl("update:123456789")).isBetween(Duration.ofHours(47).toMillis(),
                Duration.ofHours(48).toMillis());
        assertThat(REDIS.raw().commands().pttl("updates")).isBetween(Duration.ofHours(47).toMillis(),
                Duration.ofHours(48).toMillis());
    }

    @Test
    void redis_forgets_an_update_by_itself_when_the_retention_has_passed() {
        REDIS.raw().flush();
        ProcessedUpdates updates = new RedisProcessedUpdates(REDIS.connection(), RedisKeys.DEFAULT,
                Duration.ofMillis(400));
        updates.markProcessed(1, Instant.now());

        RedisConversationStoreIT.sleep(Duration.ofMillis(600));

        assertThat(updates.isProcessed(1)).isFalse();
        assertThat(updates.markProcessed(1, Instant.now())).isTrue();
        RedisConversationStoreIT.sleep(Duration.ofMillis(600));
        assertThat(REDIS.raw().commands().keys("*")).as("the index expires with its newest entry").isEmpty();
    }

    @Test
    void the_index_is_trimmed_of_updates_older_than_the_retention() {
        ProcessedUpdates updates = newStore();
        updates.markProcessed(1, NOW.minus(Duration.ofHours(49)));
        updates.markProcessed(2, NOW.minus(Duration.ofHours(47)));

        updates.markProcessed(3, NOW);

        assertThat(REDIS.raw().commands().zrange("updates", 0, -1)).containsExactly("2", "3");
    }

    @Test
    void forgetting_a_large_backlog_goes_in_batches() {
        ProcessedUpdates updates = newStore();
        for (int id = 1; id <= 1_200; id++) {
            updates.markProcessed(id, NOW.plusMillis(id));
        }

        assertThat(updates.forgetBefore(NOW.plusMillis(1_101))).isEqualTo(1_100);

        assertThat(REDIS.raw().commands().zcard("updates")).isEqualTo(100);
        assertThat(updates.isProcessed(1_100)).isFalse();
        assertThat(updates.isProcessed(1_101)).isTrue();
        assertThat(REDIS.raw().commands().keys("update:*")).hasSize(100);
    }
}
