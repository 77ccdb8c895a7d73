package com.repairbot.application.memory;

import com.repairbot.application.port.out.OwedReplies;
import com.repairbot.application.port.out.ProcessedUpdates;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/** Update ids in a concurrent map, the replies still owed in a sorted one. */
public final class InMemoryProcessedUpdates implements ProcessedUpdates {

    private final Map<Long, Instant> processed = new ConcurrentHashMap<>();
    private final ConcurrentSkipListMap<Long, OwedReplies> owed = new ConcurrentSkipListMap<>();

    @Override
    public boolean markProcessed(long updateId, Instant at) {
        return processed.putIfAbsent(updateId, at) == null;
    }

    @Override
    public boolean markProcessed(OwedReplies replies, Instant at) {
        if (processed.putIfAbsent(replies.updateId(), at) != null) {
            return false;
        }
        owed.put(replies.updateId(), replies);
        return true;
    }

    @Override
    public void repliesSent(Collection<Long> updateIds) {
        updateIds.forEach(owed::remove);
    }

    @Override
    public List<OwedReplies> repliesOwed(int limit) {
        return owed.values().stream().limit(limit).toList();
    }

    @Override
    public boolean isProcessed(long updateId) {
        return processed.containsKey(updateId);
    }

    @Override
    public int forgetBefore(Instant before) {
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
