package com.repairbot.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.application.port.out.HeldLock;
import com.repairbot.application.port.out.Locks;
import com.repairbot.application.port.out.contract.LocksContract;
import com.repairbot.application.testing.MutableClock;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The locks contract on the real Redis, where hold times run on Redis's clock: time is let pass for real. */
class RedisLocksIT extends LocksContract {

    private static final int DATABASE = 10;

    @RegisterExtension
    static final RedisDatabase REDIS = new RedisDatabase(DATABASE);

    @Override
    protected Locks newLocks(Clock clock) {
        REDIS.raw().flush();
        return new RedisLocks(REDIS.connection(), RedisKeys.DEFAULT);
    }

    @Override
    protected void letTimePass(MutableClock clock, Duration duration) {
        clock.advance(duration);
        RedisConversationStoreIT.sleep(duration);
    }

    @Test
    void a_chat_lock_is_the_key_chat_id_lock_holding_a_token_with_the_hold_time_as_ttl() {
        Locks locks = newLocks(Clock.systemUTC());

        HeldLock held = locks.tryAcquire("chat:-1001234567890", Duration.ofSeconds(30)).orElseThrow();

        assertThat(REDIS.raw().commands().keys("*")).containsExactly("chat:-1001234567890:lock");
        assertThat(REDIS.raw().commands().get("chat:-1001234567890:lock")).hasSizeGreaterThanOrEqualTo(32);
        assertThat(REDIS.raw().commands().pttl("chat:-1001234567890:lock")).isBetween(29_000L, 30_000L);
        assertThat(held).hasToString("HeldLock[chat:-1001234567890]");
        held.release();
        assertThat(REDIS.raw().commands().keys("*")).isEmpty();
    }

    @Test
    void a_lock_whose_token_was_replaced_is_not_deleted_by_its_old_owner() {
        Locks locks = newLocks(Clock.systemUTC());
        HeldLock held = locks.tryAcquire("job:daily-report", Duration.ofSeconds(30)).orElseThrow();
        REDIS.raw().commands().set("job:daily-report:lock", "someone-else");

        assertThat(held.release()).isFalse();

        assertThat(REDIS.raw().commands().get("job:daily-report:lock")).isEqualTo("someone-else");
    }
}
