package com.repairbot.adapter.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.application.memory.InMemoryLocks;
import com.repairbot.application.port.out.HeldLock;
import com.repairbot.application.port.out.Locks;
import com.repairbot.application.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * A chat's lock is held briefly and renewed while its update is handled (ADR 0034): a killed holder blocks the
 * chat for no longer than the short hold, a slow update on a living one keeps its chat. Time is a moved clock;
 * the test waits for the renewals themselves (events), never for a length of time.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ChatLocksTest {

    private static final Duration HOLD = Duration.ofMillis(300);
    private static final Duration WAIT = Duration.ofMillis(50);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-02T09:00:00Z"));
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final Renewals shared = new Renewals(new InMemoryLocks(clock));

    @AfterEach
    void stopTheTimer() {
        timer.shutdownNow();
    }

    @Test
    void a_slow_update_keeps_its_chats_lock_past_the_short_hold_because_it_is_renewed() throws Exception {
        ChatLocks instanceA = new ChatLocks(shared, HOLD, WAIT, timer);
        ChatLocks instanceB = new ChatLocks(shared, HOLD, WAIT, timer);
        HeldLock slow = instanceA.take(42, true).orElseThrow();

        for (int round = 0; round < 3; round++) {
            shared.awaitRenewal();
            clock.advance(HOLD.multipliedBy(2).dividedBy(3)); // each renewal holds it a full HOLD from then
        }

        assertThat(clock.instant()).as("well past the first hold").isAfter(Instant.parse("2026-12-02T09:00:00.300Z"));
        assertThat(instanceB.take(42, true)).as("the other instance still finds the chat busy").isEmpty();
        assertThat(slow.release()).isTrue();
        assertThat(instanceB.take(42, true)).isPresent();
    }

    @Test
    void a_released_chat_lock_is_renewed_no_more_and_a_dead_holders_lock_frees_itself_after_the_short_hold() {
        ChatLocks instanceA = new ChatLocks(shared, HOLD, WAIT, timer);
        ChatLocks instanceB = new ChatLocks(shared, HOLD, WAIT, timer);
        HeldLock done = instanceA.take(7, true).orElseThrow();
        done.release();

        // a holder that renews nothing (as good as killed): its timer is gone
        timer.shutdownNow();
        Optional<HeldLock> dead = new ChatLocks(shared, HOLD, WAIT, timer).take(8, true);
        assertThat(dead).isPresent();
        clock.advance(HOLD.minusMillis(1));
        assertThat(instanceB.take(8, true)).as("held during its hold").isEmpty();
        clock.advance(Duration.ofMillis(1));
        assertThat(instanceB.take(8, true)).as("free after the short hold, not a minute").isPresent();
    }

    /** The shared locks, telling the test when a held lock was renewed. */
    private static final class Renewals implements Locks {

        private final Locks locks;
        private final Semaphore renewed = new Semaphore(0);

        private Renewals(Locks locks) {
            this.locks = locks;
        }

        @Override
        public Optional<HeldLock> tryAcquire(String name, Duration hold) {
            return locks.tryAcquire(name, hold).map(held -> new HeldLock() {
                @Override
                public String name() {
                    return held.name();
                }

                @Override
                public boolean release() {
                    return held.release();
                }

                @Override
                public boolean extend(Duration longer) {
                    boolean kept = held.extend(longer);
                    renewed.release();
                    return kept;
                }
            });
        }

        void awaitRenewal() throws InterruptedException {
            renewed.drainPermits();
            assertThat(renewed.tryAcquire(30, TimeUnit.SECONDS)).as("renewed").isTrue();
        }
    }
}
