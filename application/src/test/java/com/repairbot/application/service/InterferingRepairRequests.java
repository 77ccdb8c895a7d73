package com.repairbot.application.service;

import com.repairbot.application.port.out.RepairRequests;
import com.repairbot.application.port.out.SearchTerms;
import com.repairbot.domain.contact.PhoneNumber;
import com.repairbot.domain.request.HistoryEntry;
import com.repairbot.domain.request.RepairRequest;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.request.Status;
import com.repairbot.domain.staff.UserId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Stored requests that let a test act between the service's read and its write: another writer's change
 * runs just before the next compare-and-set, or the next compare-and-set simply reports a lost race.
 */
final class InterferingRepairRequests implements RepairRequests {

    private final RepairRequests delegate;
    private Runnable beforeNextCompareAndSet = () -> { };
    private boolean failNextCompareAndSet;
    private int compareAndSets;

    InterferingRepairRequests(RepairRequests delegate) {
        this.delegate = delegate;
    }

    /** Runs {@code change} (on the real store) just before the next compare-and-set. */
    void beforeNextCompareAndSet(Runnable change) {
        this.beforeNextCompareAndSet = change;
    }

    /** The next compare-and-set reports that someone else was first, without looking. */
    void failNextCompareAndSet() {
        this.failNextCompareAndSet = true;
    }

    /** @return how many compare-and-sets the service attempted */
    int compareAndSets() {
        return compareAndSets;
    }

    @Override
    public boolean compareAndSet(RepairRequest updated, Status expectedStatus, long expectedVersion) {
        compareAndSets++;
        Runnable change = beforeNextCompareAndSet;
        beforeNextCompareAndSet = () -> { };
        change.run();
        if (failNextCompareAndSet) {
            failNextCompareAndSet = false;
            return false;
        }
        return delegate.compareAndSet(updated, expectedStatus, expectedVersion);
    }

    @Override
    public void add(RepairRequest request) {
        delegate.add(request);
    }

    @Override
    public Optional<RepairRequest> find(RequestNumber number) {
        return delegate.find(number);
    }

    @Override
    public void appendHistory(HistoryEntry entry) {
        delegate.appendHistory(entry);
    }

    @Override
    public List<HistoryEntry> history(RequestNumber number) {
        return delegate.history(number);
    }

    @Override
    public List<RepairRequest> list(Set<Status> statuses, int offset, int limit) {
        return delegate.list(statuses, offset, limit);
    }

    @Override
    public int count(Set<Status> statuses) {
        return delegate.count(statuses);
    }

    @Override
    public List<RepairRequest> assignedTo(UserId technician, Set<Status> statuses, int offset, int limit) {
        return delegate.assignedTo(technician, statuses, offset, limit);
    }

    @Override
    public int countAssignedTo(UserId technician, Set<Status> statuses) {
        return delegate.countAssignedTo(technician, statuses);
    }

    @Override
    public List<RepairRequest> ofClient(UserId client, Set<Status> statuses, int offset, int limit) {
        return delegate.ofClient(client, statuses, offset, limit);
    }

    @Override
    public int countOfClient(UserId client, Set<Status> statuses) {
        return delegate.countOfClient(client, statuses);
    }

    @Override
    public Optional<RepairRequest> latestForPhone(PhoneNumber phone) {
        return delegate.latestForPhone(phone);
    }

    @Override
    public List<RepairRequest> search(SearchTerms terms, Optional<UserId> technician, int offset, int limit) {
        return delegate.search(terms, technician, offset, limit);
    }

    @Override
    public int countSearch(SearchTerms terms, Optional<UserId> technician) {
        return delegate.countSearch(terms, technician);
    }
}
