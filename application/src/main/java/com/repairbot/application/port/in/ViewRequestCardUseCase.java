package com.repairbot.application.port.in;

/** A request with its history and the moves the viewer may make. */
public interface ViewRequestCardUseCase {

    /**
     * @param query what to do and who asks
     * @return the outcome
     * @throws com.repairbot.domain.request.ActionNotPermittedException when the actor may not do it
     */
    RequestCardView view(ViewRequestCardQuery query);

    /**
     * The card of a request the asker has just written (a use case's result), as that use case left it: the
     * request is not read again, its history is.
     *
     * @param written the request as the use case returned it; its number is the query's
     * @return the outcome
     * @throws com.repairbot.domain.request.ActionNotPermittedException when the actor may not do it
     */
    RequestCardView view(ViewRequestCardQuery query, com.repairbot.domain.request.RepairRequest written);
}
