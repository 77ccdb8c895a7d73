package com.repairbot.application.port.out;

import com.repairbot.domain.contact.PhoneNumber;
import com.repairbot.domain.request.HistoryEntry;
import com.repairbot.domain.request.RepairRequest;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.request.Status;
import com.repairbot.domain.staff.UserId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The stored repair requests and their history. */
public interface RepairRequests {

    /**
     * Stores a new request.
     *
     * @throws IllegalStateException when a request with that number exists already
     */
    void add(RepairRequest request);

    /**
     * Replaces the stored request with {@code updated} only if it still has the expected status and
     * version (compare-and-set).
     *
     * @return whether it was replaced; {@code false} when someone changed it first
     */
    boolean compareAndSet(RepairRequest updated, Status expectedStatus, long expectedVersion);

    /** @return the request with that number */
    Optional<RepairRequest> find(RequestNumber number);

    /** Appends a history line. */
    void appendHistory(HistoryEntry entry);

    /** @return the history of a request, oldest first */
    List<HistoryEntry> history(RequestNumber number);

    /**
     * @param statuses the statuses wanted; empty means all
     * @param offset   how many of the newest to skip
     * @param limit    how many to return at most
     * @return requests newest first
     */
    List<RepairRequest> list(Set<Status> statuses, int offset, int limit);

    /** @return how many requests have one of those statuses (all when empty) */
    int count(Set<Status> statuses);

    /** @return the requests assigned to that technician with one of those statuses, newest first */
    List<RepairRequest> assignedTo(UserId technician, Set<Status> statuses, int offset, int limit);

    /** @return how many of {@link #assignedTo} there are */
    int countAssignedTo(UserId technician, Set<Status> statuses);

    /** @return the requests linked to that client's account with one of those statuses (all when empty), newest first */
    List<RepairRequest> ofClient(UserId client, Set<Status> statuses, int offset, int limit);

    /** @return how many of {@link #ofClient} there are */
    int countOfClient(UserId client, Set<Status> statuses);

    /** @return the newest request of the client with that phone, for offering their data again */
    Optional<RepairRequest> latestForPhone(PhoneNumber phone);

    /**
     * Finds requests by number, phone or the beginnings of words of the client's name and address
     * ({@link SearchTerms}), from an index: the time does not grow with the number of requests stored.
     *
     * @param terms      what to look for
     * @param technician only the requests assigned to this technician; all when empty
     * @param offset     how many of the newest matches to skip
     * @param limit      how many to return at most
     * @return the matching requests, newest first
     */
    List<RepairRequest> search(SearchTerms terms, Optional<UserId> technician, int offset, int limit);

    /** @return how many requests {@link #search} finds in all */
    int countSearch(SearchTerms terms, Optional<UserId> technician);
}
