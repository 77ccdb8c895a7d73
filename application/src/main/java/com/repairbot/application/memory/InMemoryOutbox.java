package com.repairbot.application.memory;

import com.repairbot.application.port.out.Notification;
import com.repairbot.application.port.out.Outbox;
import com.repairbot.application.port.out.PendingNotification;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/** Notifications in a map ordered by id. */
public final class InMemoryOutbox implements Outbox {

    private record Entry(Notification notification, Instant due, int attempts) {
    }

    private final TreeMap<Long, Entry> entries = new TreeMap<>();
    private long lastId;

    @Override
    public synchronized void enqueue(Notification notification, Instant at) {
        entries.put(++lastId, new Entry(notification, at, 0));
    }

    @Override
    public synchronized void enqueueAll(List<Notification> notifications, Instant at) {
        notifications.forEach(notification -> enqueue(notification, at));
    }

    @Override
    public synchronized List<PendingNotification> due(Instant now, int limit) {
        return entries.entrySet().stream().filter(e -> !e.getValue().due().isAfter(now))
                .sorted(Comparator.comparing((java.util.Map.Entry<Long, Entry> e) -> e.getValue().due())
                        .thenComparing(java.util.Map.Entry::getKey))
                .limit(limit)
                .map(e -> new PendingNotification(e.getKey(), e.getValue().notification(), e.getValue().attempts()))
                .toList();
    }

    @Override
    public synchronized List<PendingNotification> claim(Instant now, int limit, Duration hold) {
        List<PendingNotification> taken = due(now, limit);
        Instant until = now.plus(hold);
        taken.forEach(p -> entries.computeIfPresent(p.id(), (k, e) -> new Entry(e.notification(), until,
                e.attempts())));
        return taken;
    }

    @Override
    public synchronized void holdUntil(Collection<Long> ids, Instant until) {
        ids.forEach(id -> entries.computeIfPresent(id, (k, e) -> new Entry(e.notification(), until, e.attempts())));
    }

    @Override
    public synchronized void delivered(long id) {
        entries.remove(id);
    }

    @Override
    public synchronized void delivered(Collection<Long> ids) {
        ids.forEach(entries::remove);
    }

    @Override
    public synchronized void retryLater(long id, Instant next) {
        entries.computeIfPresent(id, (k, e) -> new Entry(e.notification(), next, e.attempts() + 1));
    }

    @Override
    public synchronized int size() {
        return entries.size();
    }

    @Override
    public synchronized Optional<Instant> oldestDue() {
        return entries.values().stream().map(Entry::due).min(Comparator.naturalOrder());
    }
}
