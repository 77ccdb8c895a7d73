package com.repairbot.bootstrap.metrics;

import com.repairbot.application.port.out.RepairRequests;
import com.repairbot.domain.contact.PhoneNumber;
import com.repairbot.domain.request.HistoryEntry;
import com.repairbot.domain.request.RepairRequest;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.request.Status;
import com.repairbot.domain.staff.UserId;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Counts requests created and status changes (by the status moved to) on their way into the store, once the
 * unit of work they are part of committed ({@link MeteredTransactions}).
 */
public final class MeteredRepairRequests implements RepairRequests {

    private final RepairRequests store;
    private final MeterRegistry registry;
    private final MeteredTransactions transactions;

    /**
     * @param store        the real store
     * @param registry     where the counters go
     * @param transactions the units of work the core uses (counts wait for their commit)
     */
    public MeteredRepairRequests(RepairRequests store, MeterRegistry registry, MeteredTransactions transactions) {
        this.store = store;
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
    public void add(RepairRequest request) {
        store.add(request);
        transactions.afterCommit(created()::increment);
    }

    @Override
    public boolean compareAndSet(RepairRequest updated, Status expectedStatus, long expectedVersion) {
        boolean changed = store.compareAndSet(updated, expectedStatus, expectedVersion);
        if (changed && updated.status() != expectedStatus) {
            transactions.afterCommit(statusChanges(updated.status())::increment);
        }
        return changed;
    }

    @Override
    public Optional<RepairRequest> find(RequestNumber number) {
        return store.find(number);
    }

    @Override
    public void appendHistory(HistoryEntry entry) {
        store.appendHistory(entry);
    }

    @Override
    public List<HistoryEntry> history(RequestNumber number) {
        return store.history(number);
    }

    @Override
    public List<RepairRequest> list(Set<Status> statuses, int offset, int limit) {
        return store.list(statuses, offset, limit);
    }

    @Override
    public int count(Set<Status> statuses) {
        return store.count(statuses);
    }

    @Override
    public List<RepairRequest> assignedTo(UserId technician, Set<Status> statuses, int offset, int limit) {
        return store.assignedTo(technician, statuses, offset, limit);
    }

    @Override
    public int countAssignedTo(UserId technician, Set<Status> statuses) {
        return store.countAssignedTo(technician, statuses);
    }

    @Override
    public Optional<RepairRequest> latestForPhone(PhoneNumber phone) {
        return store.latestForPhone(phone);
    }
}
