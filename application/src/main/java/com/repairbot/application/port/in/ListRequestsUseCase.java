package com.repairbot.application.port.in;

/** All requests, newest first, filtered by status and paged (dispatcher, admin). */
public interface ListRequestsUseCase {

    /**
     * @param query what to do and who asks
     * @return the outcome
     * @throws com.repairbot.domain.request.ActionNotPermittedException when the actor may not do it
     */
    RequestPage list(ListRequestsQuery query);
}
