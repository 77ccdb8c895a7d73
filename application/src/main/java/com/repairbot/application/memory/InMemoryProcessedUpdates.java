package com.repairbot.application.memory;

import com.repairbot.application.port.out.ProcessedUpdates;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Update ids in a concurrent map. */
public final class InMemoryProcessedUpdates implements ProcessedUpdates {

    private final Map<Long, Instant> processed = new ConcurrentHashMap<>();

    @Override
    public boolean markProcessed(long updateId, Instant at) {
        return processed.putIfAbsent(updateId, at) == null;
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
                removed[0]++;
            }
            return old;
        });
        return removed[0];
    }
}
