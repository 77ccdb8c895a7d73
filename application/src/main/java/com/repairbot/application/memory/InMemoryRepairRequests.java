package com.repairbot.application.memory;

import com.repairbot.application.port.out.RepairRequests;
import com.repairbot.application.port.out.SearchTerms;
import com.repairbot.domain.contact.PhoneNumber;
import com.repairbot.domain.request.HistoryEntry;
import com.repairbot.domain.request.RepairRequest;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.request.Status;
import com.repairbot.domain.staff.UserId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/** Requests and history in maps; every method is atomic. */
public final class InMemoryRepairRequests implements RepairRequests {

    private final TreeMap<Long, RepairRequest> requests = new TreeMap<>();
    private final Map<Long, List<HistoryEntry>> history = new HashMap<>();
    /** The search index, as the databases keep it: each word of a client's name and address, to the requests. */
    private final TreeMap<String, Set<Long>> words = new TreeMap<>();
    private final Map<PhoneNumber, Set<Long>> phones = new HashMap<>();

    @Override
    public synchronized void add(RepairRequest request) {
        if (requests.putIfAbsent(request.number().value(), request) != null) {
            throw new IllegalStateException(request.number() + " exists already");
        }
        index(request);
    }

    private void index(RepairRequest request) {
        long number = request.number().value();
        SearchTerms.wordsOf(request.client()).forEach(word -> words.computeIfAbsent(word, w -> new HashSet<>()).add(number));
        phones.computeIfAbsent(request.client().phone(), p -> new HashSet<>()).add(number);
    }

    private void unindex(RepairRequest request) {
        long number = request.number().value();
        SearchTerms.wordsOf(request.client()).forEach(word -> words.computeIfPresent(word, (w, numbers) -> {
            numbers.remove(number);
            return numbers.isEmpty() ? null : numbers;
        }));
        phones.computeIfPresent(request.client().phone(), (p, numbers) -> {
            numbers.remove(number);
            return numbers.isEmpty() ? null : numbers;
        });
    }

    @Override
    public synchronized boolean compareAndSet(RepairRequest updated, Status expectedStatus, long expectedVersion) {
        RepairRequest stored = requests.get(updated.number().value());
        if (stored == null || stored.status() != expectedStatus || stored.version() != expectedVersion) {
            return false;
        }
        unindex(stored);
        requests.put(updated.number().value(), updated);
        index(updated);
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

    @Override
    public synchronized List<RepairRequest> search(SearchTerms terms, Optional<UserId> technician, int offset,
                                                   int limit) {
        return found(terms, technician).skip(Math.max(0, offset)).limit(Math.max(0, limit)).toList();
    }

    @Override
    public synchronized int countSearch(SearchTerms terms, Optional<UserId> technician) {
        return (int) found(terms, technician).count();
    }

    /** @return the requests found, newest first, from the index (no request is read that does not match) */
    private java.util.stream.Stream<RepairRequest> found(SearchTerms terms, Optional<UserId> technician) {
        TreeSet<Long> numbers = new TreeSet<>(Comparator.reverseOrder());
        terms.number().map(n -> n.value()).filter(requests::containsKey).ifPresent(numbers::add);
        terms.phone().map(phones::get).ifPresent(numbers::addAll);
        if (!terms.words().isEmpty()) {
            Set<Long> all = null;
            for (String word : terms.words()) {
                Set<Long> beginning = new HashSet<>();
                words.subMap(word, true, SearchTerms.upperBound(word), false).values().forEach(beginning::addAll);
                if (all == null) {
                    all = beginning;
                } else {
                    all.retainAll(beginning);
                }
            }
            numbers.addAll(all);
        }
        Predicate<RepairRequest> own = technician.map(InMemoryRepairRequests::assigned).orElse(request -> true);
        return numbers.stream().map(requests::get).filter(own);
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
