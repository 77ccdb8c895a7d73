package com.repairbot.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Durable queue of notifications, written in the same transaction as the change that causes them
 * and delivered at least once.
 */
public interface Outbox {

    /** Queues a notification, due now. */
    void enqueue(Notification notification, Instant at);

    /** @return up to {@code limit} notifications due at {@code now}, oldest first */
    List<PendingNotification> due(Instant now, int limit);

    /** Removes a delivered notification. */
    void delivered(long id);

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
