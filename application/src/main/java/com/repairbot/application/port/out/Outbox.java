package com.repairbot.application.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Durable queue of notifications, written in the same transaction as the change that causes them
 * and delivered at least once. Several relays (one per instance) share one outbox through {@link #claim}.
 */
public interface Outbox {

    /** Queues a notification, due now. */
    void enqueue(Notification notification, Instant at);

    /**
     * Queues several notifications due at the same time, in this order, in one write (a new request's
     * announcements to every dispatcher); an empty list writes nothing.
     */
    void enqueueAll(List<Notification> notifications, Instant at);

    /** @return up to {@code limit} notifications due at {@code now}, oldest first */
    List<PendingNotification> due(Instant now, int limit);

    /**
     * Takes up to {@code limit} notifications due at {@code now}, oldest first, for this caller alone: no
     * other claim gets them before {@code now + hold}, unless they are retried or delivered first. A caller
     * that dies holding them leaves them due again once the hold has passed, so delivery stays at least once;
     * while it lives, two relays never send the same notification.
     *
     * @param hold how long the caller may take to deliver them (longer than a round of sending)
     * @return the notifications taken, as {@link #due} would have given them
     */
    List<PendingNotification> claim(Instant now, int limit, Duration hold);

    /**
     * Makes these notifications due at {@code until}, with no attempt counted: a relay keeps its claim on those still
     * on their way (a later time), or gives back at a stop those it will not send (now). Ids no longer in the outbox
     * are skipped; an empty collection writes nothing.
     */
    void holdUntil(Collection<Long> ids, Instant until);

    /** Removes a delivered notification. */
    void delivered(long id);

    /**
     * Removes delivered notifications, all in one write: a relay reports a round's deliveries together instead of
     * a write per notification. Ids no longer in the outbox are skipped; an empty collection writes nothing.
     */
    void delivered(Collection<Long> ids);

    /** Counts a failed attempt and makes the notification due again at {@code next}. */
    void retryLater(long id, Instant next);

    /** @return how many notifications wait */
    int size();

    /**
     * @return the earliest time a waiting notification is due (after a failed attempt: when it is tried
     *         again); empty when none waits. Monitoring shows how far delivery lags behind.
     */
    Optional<Instant> oldestDue();
}
