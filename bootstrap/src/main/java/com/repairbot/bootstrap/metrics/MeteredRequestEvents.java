package com.repairbot.bootstrap.metrics;

import com.repairbot.application.port.out.RequestEvents;
import com.repairbot.domain.request.RequestCreated;
import com.repairbot.domain.request.RequestEdited;
import com.repairbot.domain.request.RequestRated;
import com.repairbot.domain.request.RequestEvent;
import com.repairbot.domain.request.Status;
import com.repairbot.domain.request.StatusChanged;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts requests created and status changes (by the status moved to) from the events the domain returns, once
 * the unit of work they are part of committed ({@link MeteredTransactions}). A reassignment (ASSIGNED →
 * ASSIGNED) and an edit are not status changes.
 */
public final class MeteredRequestEvents implements RequestEvents {

    private final MeterRegistry registry;
    private final MeteredTransactions transactions;

    /**
     * @param registry     where the counters go
     * @param transactions the units of work the core uses (counts wait for their commit)
     */
    public MeteredRequestEvents(MeterRegistry registry, MeteredTransactions transactions) {
        this.registry = registry;
        this.transactions = transactions;
        // every counter shows 0 from the start: a dashboard sees "none yet" rather than "no data"
        created();
        for (Status status : Status.values()) {
            statusChanges(status);
        }
    }

    private Counter created() {
        return Counter.builder("repairbot.request.creations").description("Repair requests created").register(registry);
    }

    private Counter statusChanges(Status to) {
        return Counter.builder("repairbot.request.status.changes").description("Status changes by the new status")
                .tag("to", to.name()).register(registry);
    }

    @Override
    public void happened(RequestEvent event) {
        switch (event) {
            case RequestCreated created -> transactions.afterCommit(created()::increment);
            case StatusChanged moved when !moved.isReassignment() ->
                    transactions.afterCommit(statusChanges(moved.to())::increment);
            case StatusChanged reassigned -> { }
            case RequestEdited edited -> { }
            case RequestRated rated -> { }
        }
    }
}
