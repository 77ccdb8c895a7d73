package com.repairbot.application.port.in;

import com.repairbot.domain.request.RepairRequest;
import com.repairbot.domain.request.Status;
import java.util.List;
import java.util.Set;

/**
 * One page of a request list.
 *
 * @param items    the requests on this page, newest first
 * @param statuses the filter used (empty: all)
 * @param page     0-based page number
 * @param pageSize requests per page
 * @param total    requests matching the filter
 */
public record RequestPage(List<RepairRequest> items, Set<Status> statuses, int page, int pageSize, int total) {

    public RequestPage {
        items = List.copyOf(items);
        statuses = Set.copyOf(statuses);
    }

    /** @return whether an earlier page exists */
    public boolean hasPrevious() {
        return page > 0;
    }

    /** @return whether a later page exists */
    public boolean hasNext() {
        return (long) (page + 1) * pageSize < total;
    }

    /** @return how many pages there are (at least 1) */
    public int pages() {
        return Math.max(1, (total + pageSize - 1) / pageSize);
    }
}
