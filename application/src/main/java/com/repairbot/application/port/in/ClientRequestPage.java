package com.repairbot.application.port.in;

import java.util.List;

/**
 * One page of a client's own requests, newest first.
 *
 * @param requests the requests on this page
 * @param page     0-based page
 * @param total    how many the client has in all
 * @param pageSize how many a page holds
 */
public record ClientRequestPage(List<ClientRequestView> requests, int page, int total, int pageSize) {

    public ClientRequestPage {
        requests = List.copyOf(requests);
    }

    /** @return whether a later page exists */
    public boolean hasNext() {
        return (long) (page + 1) * pageSize < total;
    }
}
