package com.repairbot.application.port.in;

/** The requests assigned to the acting technician. */
public interface ListMyRequestsUseCase {

    /**
     * @param query what to do and who asks
     * @return the outcome
     * @throws com.repairbot.domain.request.ActionNotPermittedException when the actor may not do it
     */
    RequestPage listMine(ListMyRequestsQuery query);
}
