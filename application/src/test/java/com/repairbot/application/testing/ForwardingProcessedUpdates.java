package com.repairbot.application.testing;

import com.repairbot.application.port.out.OwedReplies;
import com.repairbot.application.port.out.ProcessedUpdates;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Processed updates that pass every call to others: a test overrides only the calls it counts, fails or hooks into,
 * and a new method of the port is forwarded here once for all of them.
 */
public abstract class ForwardingProcessedUpdates implements ProcessedUpdates {

    private final ProcessedUpdates inner;

    protected ForwardingProcessedUpdates(ProcessedUpdates inner) {
        this.inner = inner;
    }

    @Override
    public boolean markProcessed(long updateId, Instant at) {
        return inner.markProcessed(updateId, at);
    }

    @Override
    public boolean markProcessed(OwedReplies owed, Instant at, String owner, Duration hold) {
        return inner.markProcessed(owed, at, owner, hold);
    }

    @Override
    public Set<Long> markProcessed(List<OwedReplies> owed, Instant at, String owner, Duration hold) {
        return inner.markProcessed(owed, at, owner, hold);
    }

    @Override
    public List<OwedReplies> claimOwed(String owner, Instant now, int limit, Duration hold) {
        return inner.claimOwed(owner, now, limit, hold);
    }

    @Override
    public int holdOwed(String owner, Collection<Long> updateIds, Instant until) {
        return inner.holdOwed(owner, updateIds, until);
    }

    @Override
    public void repliesSent(Collection<Long> updateIds) {
        inner.repliesSent(updateIds);
    }

    @Override
    public List<OwedReplies> repliesOwed(int limit) {
        return inner.repliesOwed(limit);
    }

    @Override
    public boolean isProcessed(long updateId) {
        return inner.isProcessed(updateId);
    }

    @Override
    public OptionalLong highestRecorded() {
        return inner.highestRecorded();
    }

    @Override
    public int forgetBefore(Instant before) {
        return inner.forgetBefore(before);
    }
}
