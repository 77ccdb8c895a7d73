package com.repairbot.application.memory;

import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.application.port.out.HeldLock;
import com.repairbot.application.port.out.Locks;
import com.repairbot.application.port.out.StoreUnavailableException;
import com.repairbot.application.port.out.contract.LocksContract;
import com.repairbot.application.testing.MutableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The reference implementation held to the contract every adapter meets. */
class InMemoryLocksTest extends LocksContract {

    @Override
    protected Locks newLocks(Clock clock) {
        return new InMemoryLocks(clock);
    }

    @Test
    void with_many_names_taken_a_freed_lock_is_free_and_a_held_one_stays_held() {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-10T09:00:00Z"));
        InMemoryLocks locks = new InMemoryLocks(clock);
        for (int chat = 1; chat <= 1100; chat++) {
            locks.tryAcquire("chat:" + chat, Duration.ofSeconds(1));
        }
        HeldLock kept = locks.tryAcquire("job:daily-report", Duration.ofHours(1)).orElseThrow();
        clock.advance(Duration.ofSeconds(2));

        assertThat(locks.tryAcquire("chat:1", Duration.ofSeconds(1))).isPresent();
        assertThat(locks.tryAcquire("job:daily-report", Duration.ofHours(1))).isEmpty();
        assertThat(kept.toString()).isEqualTo("HeldLock[job:daily-report]");
    }

    @Test
    void closing_a_lock_whose_store_is_unreachable_does_not_throw() {
        AtomicInteger attempts = new AtomicInteger();
        HeldLock unreachable = new HeldLock() {
            @Override
            public String name() {
                return "chat:42";
            }

            @Override
            public boolean release() {
                attempts.incrementAndGet();
                throw new StoreUnavailableException("down", null);
            }

            @Override
            public boolean extend(Duration hold) {
                throw new StoreUnavailableException("down", null);
            }
        };

        unreachable.close();

        assertThat(attempts).hasValue(1);
    }
}
