package com.repairbot.application.port.in;

/**
 * Finds requests by number, phone or the beginnings of words of a client's name or address: everyone's for
 * dispatchers and admins, a technician's own for a technician.
 */
public interface SearchRequestsUseCase {

    /**
     * @param query what to look for and who asks
     * @return one page of the requests found, newest first
     * @throws com.repairbot.domain.shared.InvalidValueException {@code search.empty}, {@code search.too_long}
     * @throws com.repairbot.domain.request.ActionNotPermittedException when the actor is not staff
     */
    RequestPage search(SearchRequestsQuery query);
}
