package com.repairbot.application.port.in;

/** A request with its history and the moves the viewer may make. */
public interface ViewRequestCardUseCase {

    /**
     * @param query what to do and who asks
     * @return the outcome
     * @throws com.repairbot.domain.request.ActionNotPermittedException when the actor may not do it
     */
    RequestCardView view(ViewRequestCardQuery query);
}
