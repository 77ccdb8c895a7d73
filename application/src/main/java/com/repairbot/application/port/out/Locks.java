package com.repairbot.application.port.out;

import java.time.Duration;
import java.util.Optional;

/**
 * Named locks shared by every instance of the bot, each held by one owner at a time and freed by itself when
 * its hold time has passed, so that a crashed holder blocks the others for no longer than that.
 *
 * <p>Used for two things:
 * <ul>
 *   <li>keeping the updates of one chat in order across instances: {@code chat:<id>}, held for about as long
 *       as handling one update may take, released when done;</li>
 *   <li>running a scheduled job once per schedule: {@code job:<name>}, taken by each instance when the
 *       schedule fires, held for a good part of the period (never longer than it) and <em>not</em> released
 *       when the job is done, so that the instances that fire a moment later find it taken.</li>
 * </ul>
 */
public interface Locks {

    /**
     * Takes the lock if it is free.
     *
     * @param name what is locked, e.g. {@code chat:42} or {@code job:daily-report}; not blank
     * @param hold how long it is held at most; it frees itself after that; positive
     * @return the held lock, or empty when someone else holds it
     * @throws IllegalArgumentException   when the name is blank or the hold time not positive
     * @throws StoreUnavailableException when the store cannot be reached
     */
    Optional<HeldLock> tryAcquire(String name, Duration hold);

    /**
     * Checks the arguments of {@link #tryAcquire} the same way in every implementation.
     *
     * @throws IllegalArgumentException when the name is blank or the hold time not positive
     */
    static void requireValid(String name, Duration hold) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a lock needs a name");
        }
        requireValid(hold);
    }

    /**
     * Checks a hold time the same way in every implementation (taking, {@link HeldLock#extend extending}).
     *
     * @throws IllegalArgumentException when the hold time is not positive
     */
    static void requireValid(Duration hold) {
        if (hold == null || hold.isNegative() || hold.isZero()) {
            throw new IllegalArgumentException("a lock's hold time must be positive, not " + hold);
        }
    }
}
