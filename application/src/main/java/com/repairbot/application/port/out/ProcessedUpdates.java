package com.repairbot.application.port.out;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Remembers which channel updates (Telegram {@code update_id}s) were handled, so that an update delivered
 * again after a crash or a retry is recognised and not handled twice, and what the bot still owes in answer to
 * them (the reply journal): an update is recorded together with its replies in one durable write, and the
 * replies are marked sent once they went out, so that a crash between the two sends them after the restart
 * instead of losing them. Entries expire (48 h by default): Telegram never re-delivers older updates, and an
 * answer that late is no answer.
 */
public interface ProcessedUpdates {

    /**
     * Records the update as handled.
     *
     * @return {@code true} the first time for this id, {@code false} when it was recorded already
     */
    boolean markProcessed(long updateId, Instant at);

    /**
     * Records the update as handled together with the replies still owed for it, in one durable write (the
     * record and the replies exist together or not at all).
     *
     * @return {@code true} the first time for this id, {@code false} when it was recorded already (the replies
     *         given now are then not kept: the first handling owes its own)
     */
    boolean markProcessed(OwedReplies owed, Instant at);

    /**
     * The replies owed for these updates went out (or can never go out): they are owed no more; the updates stay
     * recorded. Unknown ids and ids owing nothing are ignored.
     */
    void repliesSent(Collection<Long> updateIds);

    /** @return up to {@code limit} updates whose replies are still owed, lowest update id first */
    List<OwedReplies> repliesOwed(int limit);

    /** @return whether the update was recorded (and has not expired) */
    boolean isProcessed(long updateId);

    /**
     * Forgets updates recorded before the given time, with any replies still owed for them.
     *
     * @return how many were forgotten
     */
    int forgetBefore(Instant before);
}
