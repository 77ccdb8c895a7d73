package com.repairbot.application.memory;

import com.repairbot.application.port.out.OwedReplies;
import com.repairbot.application.port.out.ProcessedUpdates;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.OptionalLong;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * Update ids in a concurrent map, the replies still owed in a sorted one with their owner and hold; taking and
 * renewing holds is synchronized, so that of two claims racing each entry goes to one.
 */
public final class InMemoryProcessedUpdates implements ProcessedUpdates {

    private record Held(OwedReplies replies, String owner, Instant until) {
    }

    private final Map<Long, Instant> processed = new ConcurrentHashMap<>();
    private final ConcurrentSkipListMap<Long, Held> owed = new ConcurrentSkipListMap<>();

    @Override
    public boolean markProcessed(long updateId, Instant at) {
        return processed.putIfAbsent(updateId, at) == null;
    }

    @Override
    public synchronized boolean markProcessed(OwedReplies replies, Instant at, String owner, Duration hold) {
        ProcessedUpdates.requireValid(owner, hold);
        if (processed.putIfAbsent(replies.updateId(), at) != null) {
            return false;
        }
        owed.put(replies.updateId(), new Held(replies, owner, at.plus(hold)));
        return true;
    }

    @Override
    public synchronized List<OwedReplies> claimOwed(String owner, Instant now, int limit, Duration hold) {
        ProcessedUpdates.requireValid(owner, hold);
        List<OwedReplies> taken = new ArrayList<>();
        for (Held held : owed.values()) {
            if (taken.size() >= limit) {
                break;
            }
            if (!now.isBefore(held.until())) {
                owed.put(held.replies().updateId(), new Held(held.replies(), owner, now.plus(hold)));
                taken.add(held.replies());
            }
        }
        return taken;
    }

    @Override
    public synchronized int holdOwed(String owner, Collection<Long> updateIds, Instant until) {
        int set = 0;
        for (Long id : updateIds) {
            Held held = owed.get(id);
            if (held != null && held.owner().equals(owner)) {
                owed.put(id, new Held(held.replies(), owner, until));
                set++;
            }
        }
        return set;
    }

    @Override
    public synchronized void repliesSent(Collection<Long> updateIds) {
        updateIds.forEach(owed::remove);
    }

    @Override
    public List<OwedReplies> repliesOwed(int limit) {
        return owed.values().stream().map(Held::replies).limit(limit).toList();
    }

    @Override
    public boolean isProcessed(long updateId) {
        return processed.containsKey(updateId);
    }

    @Override
    public OptionalLong highestRecorded() {
        return processed.keySet().stream().mapToLong(Long::longValue).max();
    }

    @Override
    public synchronized int forgetBefore(Instant before) {
        int[] removed = {0};
        processed.entrySet().removeIf(e -> {
            boolean old = e.getValue().isBefore(before);
            if (old) {
                owed.remove(e.getKey());
                removed[0]++;
            }
            return old;
        });
        return removed[0];
    }
}
