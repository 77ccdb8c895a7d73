package com.repairbot.application.testing;

import com.repairbot.application.port.out.Notification;
import com.repairbot.application.port.out.Outbox;
import com.repairbot.application.port.out.PendingNotification;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * An outbox that passes every call to another one: a test overrides only the calls it counts, fails or hooks into,
 * and a new method of the port is forwarded here once for all of them.
 */
public abstract class ForwardingOutbox implements Outbox {

    private final Outbox inner;

    protected ForwardingOutbox(Outbox inner) {
        this.inner = inner;
    }

    @Override
    public void enqueue(Notification notification, Instant at) {
        inner.enqueue(notification, at);
    }

    @Override
    public void enqueueAll(List<Notification> notifications, Instant at) {
        inner.enqueueAll(notifications, at);
    }

    @Override
    public List<PendingNotification> due(Instant now, int limit) {
        return inner.due(now, limit);
    }

    @Override
    public List<PendingNotification> claim(Instant now, int limit, Duration hold) {
        return inner.claim(now, limit, hold);
    }

    @Override
    public void holdUntil(Collection<Long> ids, Instant until) {
        inner.holdUntil(ids, until);
    }

    @Override
    public void delivered(long id) {
        inner.delivered(id);
    }

    @Override
    public void delivered(Collection<Long> ids) {
        inner.delivered(ids);
    }

    @Override
    public void retryLater(long id, Instant next) {
        inner.retryLater(id, next);
    }

    @Override
    public int size() {
        return inner.size();
    }

    @Override
    public Optional<Instant> oldestDue() {
        return inner.oldestDue();
    }
}
