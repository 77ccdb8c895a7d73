package com.repairbot.application.port.out;

import java.time.Duration;

/**
 * A lock taken with {@link Locks#tryAcquire}. Only its owner can release it: releasing a lock whose hold time
 * has passed (and that someone else may hold by now) changes nothing.
 */
public interface HeldLock extends AutoCloseable {

    /** @return the name it was taken under */
    String name();

    /**
     * Releases the lock if this owner still holds it.
     *
     * @return {@code true} when it was still held and is now free; {@code false} when it had freed itself
     *         already (its hold time passed) or was released before
     * @throws StoreUnavailableException when the store cannot be reached (the lock then frees itself when its
     *                                   hold time passes)
     */
    boolean release();

    /**
     * Keeps the lock for {@code hold} from now, if this owner still holds it: an owner whose work runs longer
     * than it expected renews a short hold instead of taking a long one, so that a crashed owner blocks the others
     * for no longer than that short hold (compare-and-extend: a lock that freed itself, or that someone else holds
     * by now, is left as it is).
     *
     * @param hold how long it is held from now; positive
     * @return {@code true} when it was still held by this owner and is now held for {@code hold}; {@code false}
     *         when it had freed itself (its hold time passed) or was released
     * @throws IllegalArgumentException   when the hold time is not positive
     * @throws StoreUnavailableException when the store cannot be reached
     */
    boolean extend(Duration hold);

    /**
     * Releases the lock; an unreachable store is not an error here, because the lock frees itself when its
     * hold time passes (and try-with-resources must not hide the failure of the work it guarded).
     */
    @Override
    default void close() {
        try {
            release();
        } catch (StoreUnavailableException unreachable) {
            // frees itself at the end of its hold time
        }
    }
}
