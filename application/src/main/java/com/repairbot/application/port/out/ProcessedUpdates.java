package com.repairbot.application.port.out;

import java.time.Instant;

/**
 * Remembers which channel updates (Telegram {@code update_id}s) were handled, so that an update delivered
 * again after a crash or a retry is recognised and not handled twice. Entries expire (48 h by default):
 * Telegram never re-delivers older updates.
 */
public interface ProcessedUpdates {

    /**
     * Records the update as handled.
     *
     * @return {@code true} the first time for this id, {@code false} when it was recorded already
     */
    boolean markProcessed(long updateId, Instant at);

    /** @return whether the update was recorded (and has not expired) */
    boolean isProcessed(long updateId);

    /**
     * Forgets updates recorded before the given time.
     *
     * @return how many were forgotten
     */
    int forgetBefore(Instant before);
}
