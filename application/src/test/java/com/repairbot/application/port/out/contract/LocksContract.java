package com.repairbot.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.repairbot.application.port.out.HeldLock;
import com.repairbot.application.port.out.Locks;
import com.repairbot.application.testing.MutableClock;
import com.repairbot.application.testing.Race;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Locks} must do. An adapter's test extends it and says how to make an empty one on a given
 * clock; one whose hold times run on its own clock (Redis) also overrides {@link #letTimePass} to wait for real.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
public abstract class LocksContract {

    /** Long enough that no lock frees itself during a test that is not about that. */
    private static final Duration LONG = Duration.ofMinutes(1);
    /** Short, so that a store on a real clock is tested for self-freeing in well under a second. */
    private static final Duration SHORT = Duration.ofMillis(600);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-10T09:00:00Z"));
    private Locks locks;

    /**
     * @param clock the time the locks read for their hold times
     * @return locks of which none is held, new for each test
     */
    protected abstract Locks newLocks(Clock clock);

    /** Lets time pass for the locks. Moves the clock; locks that expire on their own clock also wait. */
    protected void letTimePass(MutableClock mutableClock, Duration duration) {
        mutableClock.advance(duration);
    }

    @BeforeEach
    void startWithNoLockHeld() {
        locks = newLocks(clock);
    }

    @Test
    void a_free_lock_is_taken_and_refused_to_the_next_while_held() {
        Optional<HeldLock> first = locks.tryAcquire("chat:42", LONG);

        assertThat(first).isPresent();
        assertThat(first.get().name()).isEqualTo("chat:42");
        assertThat(locks.tryAcquire("chat:42", LONG)).isEmpty();
    }

    @Test
    void a_released_lock_can_be_taken_again() {
        HeldLock first = locks.tryAcquire("chat:42", LONG).orElseThrow();

        assertThat(first.release()).isTrue();

        assertThat(locks.tryAcquire("chat:42", LONG)).isPresent();
    }

    @Test
    void releasing_twice_frees_the_lock_once() {
        HeldLock first = locks.tryAcquire("chat:42", LONG).orElseThrow();
        first.release();
        HeldLock second = locks.tryAcquire("chat:42", LONG).orElseThrow();

        assertThat(first.release()).isFalse();

        assertThat(locks.tryAcquire("chat:42", LONG)).as("still held by the second owner").isEmpty();
        assertThat(second.release()).isTrue();
    }

    @Test
    void closing_releases_the_lock() {
        try (HeldLock held = locks.tryAcquire("job:daily-report", LONG).orElseThrow()) {
            assertThat(locks.tryAcquire(held.name(), LONG)).isEmpty();
        }

        assertThat(locks.tryAcquire("job:daily-report", LONG)).isPresent();
    }

    @Test
    void a_lock_is_held_until_its_hold_time_has_passed() {
        locks.tryAcquire("chat:42", SHORT).orElseThrow();

        letTimePass(clock, SHORT.dividedBy(4));

        assertThat(locks.tryAcquire("chat:42", LONG)).isEmpty();
    }

    @Test
    void a_lock_frees_itself_when_its_hold_time_has_passed() {
        HeldLock crashed = locks.tryAcquire("chat:42", SHORT).orElseThrow();

        letTimePass(clock, SHORT.plusMillis(300));

        assertThat(locks.tryAcquire("chat:42", LONG)).isPresent();
        assertThat(crashed.release()).as("the late owner is told that it no longer held it").isFalse();
    }

    @Test
    void an_owner_whose_lock_freed_itself_cannot_release_the_next_owners_lock() {
        HeldLock late = locks.tryAcquire("chat:42", SHORT).orElseThrow();
        letTimePass(clock, SHORT.plusMillis(300));
        HeldLock next = locks.tryAcquire("chat:42", LONG).orElseThrow();

        assertThat(late.release()).isFalse();

        assertThat(locks.tryAcquire("chat:42", LONG)).as("still held by the next owner").isEmpty();
        assertThat(next.release()).isTrue();
    }

    @Test
    void an_owner_that_extends_its_lock_keeps_it_past_its_first_hold_time() {
        HeldLock working = locks.tryAcquire("chat:42", SHORT).orElseThrow();

        assertThat(working.extend(LONG)).isTrue();
        letTimePass(clock, SHORT.plusMillis(300));

        assertThat(locks.tryAcquire("chat:42", LONG)).as("still held: the hold was renewed").isEmpty();
        assertThat(working.release()).as("and still its owner's to release").isTrue();
        assertThat(locks.tryAcquire("chat:42", LONG)).isPresent();
    }

    @Test
    void an_extended_lock_still_frees_itself_when_the_new_hold_time_has_passed() {
        HeldLock crashed = locks.tryAcquire("chat:42", LONG).orElseThrow();

        assertThat(crashed.extend(SHORT)).isTrue();
        letTimePass(clock, SHORT.plusMillis(300));

        assertThat(locks.tryAcquire("chat:42", LONG)).as("a short renewal frees it soon after a crash").isPresent();
    }

    @Test
    void a_lock_that_freed_itself_cannot_be_extended_and_the_next_owners_hold_is_untouched() {
        HeldLock late = locks.tryAcquire("chat:42", SHORT).orElseThrow();
        letTimePass(clock, SHORT.plusMillis(300));

        assertThat(late.extend(LONG)).as("freed already, nobody holds it").isFalse();
        HeldLock next = locks.tryAcquire("chat:42", SHORT).orElseThrow();
        assertThat(late.extend(LONG)).as("held by the next owner now").isFalse();
        letTimePass(clock, SHORT.plusMillis(300));

        assertThat(locks.tryAcquire("chat:42", LONG)).as("the next owner's hold was not lengthened").isPresent();
        assertThat(next.release()).isFalse();
    }

    @Test
    void a_released_lock_cannot_be_extended() {
        HeldLock done = locks.tryAcquire("chat:42", LONG).orElseThrow();
        done.release();

        assertThat(done.extend(LONG)).isFalse();
        assertThat(locks.tryAcquire("chat:42", LONG)).isPresent();
    }

    @Test
    void extending_by_a_hold_time_that_is_not_positive_is_refused() {
        HeldLock held = locks.tryAcquire("chat:42", LONG).orElseThrow();

        assertThatThrownBy(() -> held.extend(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> held.extend(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> held.extend(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void locks_of_different_names_are_independent() {
        HeldLock chat = locks.tryAcquire("chat:42", LONG).orElseThrow();

        assertThat(locks.tryAcquire("chat:43", LONG)).isPresent();
        assertThat(locks.tryAcquire("chat:-1001234567890", LONG)).isPresent();
        assertThat(locks.tryAcquire("job:chat:42", LONG)).isPresent();
        chat.release();
        assertThat(locks.tryAcquire("chat:43", LONG)).as("untouched by releasing another").isEmpty();
    }

    @Test
    void names_with_any_characters_are_kept_apart() {
        assertThat(locks.tryAcquire("job:отчёт за день 🔧", LONG)).isPresent();
        assertThat(locks.tryAcquire("job:отчёт за день", LONG)).isPresent();
        assertThat(locks.tryAcquire("job:*", LONG)).isPresent();
        assertThat(locks.tryAcquire("job:?", LONG)).isPresent();
        assertThat(locks.tryAcquire("job:отчёт за день 🔧", LONG)).isEmpty();
    }

    @Test
    void a_blank_name_or_a_hold_time_that_is_not_positive_is_refused() {
        assertThatThrownBy(() -> locks.tryAcquire(" ", LONG)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> locks.tryAcquire(null, LONG)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> locks.tryAcquire("chat:42", Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> locks.tryAcquire("chat:42", Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> locks.tryAcquire("chat:42", null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void of_eight_threads_taking_the_same_lock_exactly_one_gets_it() {
        List<Boolean> taken = Race.run(8, thread -> locks.tryAcquire("job:overdue-alerts", LONG).isPresent());

        assertThat(taken).containsOnlyOnce(true);
    }
}
