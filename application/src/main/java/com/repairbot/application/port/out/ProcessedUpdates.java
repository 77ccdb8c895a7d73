package com.repairbot.application.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Remembers which channel updates (Telegram {@code update_id}s) were handled, so that an update delivered
 * again after a crash or a retry is recognised and not handled twice, and what the bot still owes in answer to
 * them (the reply journal): an update is recorded together with its replies in one durable write, and the
 * replies are marked sent once they went out, so that a crash between the two sends them after the restart
 * instead of losing them.
 *
 * <p>Owed replies are <em>held</em> like the outbox's notifications (ADR 0034): the instance that recorded them
 * (or claimed them) is their owner until its hold ends, and renews the hold while it works on them; any instance
 * {@linkplain #claimOwed claims} the owed replies whose hold has passed. So a living instance's replies are never
 * sent by another, and a killed instance's go out once their short hold has passed, without waiting for a restart.
 * Entries expire (48 h by default): Telegram never re-delivers older updates, and an
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
     * record and the replies exist together or not at all), held by {@code owner} until {@code at + hold}.
     *
     * @param owner who sends the replies (an instance's id); no other claim takes them during the hold
     * @param hold  how long they stay the owner's without a renewal; not negative
     * @return {@code true} the first time for this id, {@code false} when it was recorded already (the replies
     *         given now are then not kept: the first handling owes its own)
     */
    boolean markProcessed(OwedReplies owed, Instant at, String owner, Duration hold);

    /**
     * Records several updates as handled, each with the replies it owes, as
     * {@link #markProcessed(OwedReplies, Instant, String, Duration)} records one: the journal of the updates a
     * channel handled together (ADR 0038). Each update's record and replies exist together or not at all; a store
     * that can writes the lot in one durable write (the SQL stores: one transaction), and then a failure writes
     * none of them. This default records them one by one.
     *
     * @return the ids recorded now, for the first time; the others were recorded already (their replies given now
     *         are not kept)
     */
    default Set<Long> markProcessed(List<OwedReplies> owed, Instant at, String owner, Duration hold) {
        ProcessedUpdates.requireValid(owner, hold);
        Set<Long> first = new HashSet<>();
        for (OwedReplies one : owed) {
            if (markProcessed(one, at, owner, hold)) {
                first.add(one.updateId());
            }
        }
        return first;
    }

    /**
     * Takes up to {@code limit} owed replies whose hold has passed at {@code now} (their owner died, or let them
     * go), lowest update id first, for {@code owner} until {@code now + hold}: no other claim gets them before
     * that unless they are sent first. Of two claims racing, each row goes to one.
     *
     * @return the replies taken
     */
    List<OwedReplies> claimOwed(String owner, Instant now, int limit, Duration hold);

    /**
     * Renews (or, with an {@code until} in the past or now, lets go) the hold of the owner's replies still owed
     * for these updates; those owned by someone else by now (the hold had passed and they were claimed) or no
     * longer owed are left alone.
     *
     * @return how many holds were set
     */
    int holdOwed(String owner, Collection<Long> updateIds, Instant until);

    /** Checks the owner and hold given to {@link #markProcessed(OwedReplies, Instant, String, Duration)}. */
    static void requireValid(String owner, Duration hold) {
        if (owner == null || owner.isBlank()) {
            throw new IllegalArgumentException("owed replies need an owner");
        }
        if (hold == null || hold.isNegative()) {
            throw new IllegalArgumentException("a hold must not be negative, not " + hold);
        }
    }

    /**
     * The replies owed for these updates went out (or can never go out): they are owed no more; the updates stay
     * recorded. Unknown ids and ids owing nothing are ignored.
     */
    void repliesSent(Collection<Long> updateIds);

    /**
     * @return up to {@code limit} updates whose replies are still owed, held or not, lowest update id first (a
     *         look, for monitoring and tests: {@link #claimOwed} is how they are taken to be sent)
     */
    List<OwedReplies> repliesOwed(int limit);

    /** @return whether the update was recorded (and has not expired) */
    boolean isProcessed(long updateId);

    /**
     * The highest update id recorded and not forgotten: no update above it is {@linkplain #isProcessed processed}
     * now. A sole instance taking updates by long polling reads it once when it starts; an update above it can
     * only have been handled since, by that instance itself, which recognises its own repeats without asking
     * (ADR 0037). Read once at a start, not per update.
     *
     * @return that id; empty when nothing is recorded
     */
    OptionalLong highestRecorded();

    /**
     * Forgets updates recorded before the given time, with any replies still owed for them.
     *
     * @return how many were forgotten
     */
    int forgetBefore(Instant before);
}
