package com.repairbot.application.memory;

import com.repairbot.application.port.out.RepairRequests;
import com.repairbot.domain.contact.PhoneNumber;
import com.repairbot.domain.request.HistoryEntry;
import com.repairbot.domain.request.RepairRequest;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.request.Status;
import com.repairbot.domain.staff.UserId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/** Requests and history in maps; every method is atomic. */
public final class InMemoryRepairRequests implements RepairRequests {

    private final TreeMap<Long, RepairRequest> requests = new TreeMap<>();
    private final Map<Long, List<HistoryEntry>> history = new HashMap<>();

    @Override
    public synchronized void add(RepairRequest request) {
        if (requests.putIfAbsent(request.number().value(), request) != null) {
            throw new IllegalStateException(request.number() + " exists already");
        }
    }

    @Override
    public synchronized boolean compareAndSet(RepairRequest updated, Status expectedStatus, long expectedVersion) {
        RepairRequest stored = requests.get(updated.number().value());
        if (stored == null || stored.status() != expectedStatus || stored.version() != expectedVersion) {
            return false;
        }
        requests.put(updated.number().value(), updated);
        return true;
    }

    @Override
    public synchronized Optional<RepairRequest> find(RequestNumber number) {
        return Optional.ofNullable(requests.get(number.value()));
    }

    @Override
    public synchronized void appendHistory(HistoryEntry entry) {
        history.computeIfAbsent(entry.number().value(), n -> new ArrayList<>()).add(entry);
    }

    @Override
    public synchronized List<HistoryEntry> history(RequestNumber number) {
        return List.copyOf(history.getOrDefault(number.value(), List.of()));
    }

    @Override
    public synchronized List<RepairRequest> list(Set<Status> statuses, int offset, int limit) {
        return page(withStatus(statuses), offset, limit);
    }

    @Override
    public synchronized int count(Set<Status> statuses) {
        return (int) requests.values().stream().filter(withStatus(statuses)).count();
    }

    @Override
    public synchronized List<RepairRequest> assignedTo(UserId technician, Set<Status> statuses, int offset, int limit) {
        return page(assigned(technician).and(withStatus(statuses)), offset, limit);
    }

    @Override
    public synchronized int countAssignedTo(UserId technician, Set<Status> statuses) {
        return (int) requests.values().stream().filter(assigned(technician).and(withStatus(statuses))).count();
    }

    @Override
    public synchronized List<RepairRequest> ofClient(UserId client, Set<Status> statuses, int offset, int limit) {
        return page(of(client).and(withStatus(statuses)), offset, limit);
    }

    @Override
    public synchronized int countOfClient(UserId client, Set<Status> statuses) {
        return (int) requests.values().stream().filter(of(client).and(withStatus(statuses))).count();
    }

    @Override
    public synchronized Optional<RepairRequest> latestForPhone(PhoneNumber phone) {
        return requests.descendingMap().values().stream()
                .filter(request -> request.client().phone().equals(phone)).findFirst();
    }

    /** @return the requests that pass the filter, oldest number first (a copy: for in-memory reads) */
    public synchronized List<RepairRequest> matching(Predicate<RepairRequest> filter) {
        return requests.values().stream().filter(filter).toList();
    }

    private List<RepairRequest> page(Predicate<RepairRequest> filter, int offset, int limit) {
        return requests.descendingMap().values().stream().filter(filter).skip(Math.max(0, offset))
                .limit(Math.max(0, limit)).toList();
    }

    private static Predicate<RepairRequest> withStatus(Set<Status> statuses) {
        return request -> statuses.isEmpty() || statuses.contains(request.status());
    }

    private static Predicate<RepairRequest> of(UserId client) {
        return request -> request.clientSide().isClient(client);
    }

    private static Predicate<RepairRequest> assigned(UserId technician) {
        return request -> request.technician().filter(technician::equals).isPresent();
    }
}
