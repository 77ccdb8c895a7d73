package com.repairbot.adapter.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

/**
 * The updates long polling has taken in and not yet confirmed to Telegram. Telegram's offset confirms every
 * update below it, so it can only move up to the first update not yet done (recorded with the replies it owes,
 * ADR 0017); the done ones above it are
 * remembered here, so that when Telegram sends them again they are recognised without asking a store. Used by
 * the polling thread only.
 */
final class Unconfirmed {

    private final TreeMap<Long, CompletableFuture<?>> open = new TreeMap<>();
    private long next;

    /** @return the offset to send: the first update not answered yet, or past the last one taken in */
    long offset() {
        while (!open.isEmpty() && open.firstEntry().getValue().isDone()) {
            open.pollFirstEntry();
        }
        return open.isEmpty() ? next : open.firstKey();
    }

    /** @return whether an update Telegram sent is new here: not below the offset, not taken in before */
    boolean isNew(long updateId) {
        return updateId >= offset() && !open.containsKey(updateId);
    }

    /** An update was handed to the intake; {@code answered} completes when it is done (its answer kept). */
    void taken(long updateId, CompletableFuture<?> answered) {
        open.put(updateId, answered);
        next = Math.max(next, updateId + 1);
    }

    /** @return the updates taken in whose replies are not all out yet */
    List<CompletableFuture<?>> unanswered() {
        List<CompletableFuture<?>> waiting = new ArrayList<>();
        for (Map.Entry<Long, CompletableFuture<?>> entry : open.entrySet()) {
            if (!entry.getValue().isDone()) {
                waiting.add(entry.getValue());
            }
        }
        return waiting;
    }
}
