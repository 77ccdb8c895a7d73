package com.repairbot.application.port.in;

import java.util.Optional;

/** Recognises a returning client by phone, so that a new request can offer their name and address again. */
public interface FindReturningClientUseCase {

    /**
     * @param query who asks and the phone
     * @return the client's data from their newest request; empty for a phone never seen
     * @throws com.repairbot.domain.request.ActionNotPermittedException unless the actor may create requests
     */
    Optional<ReturningClientView> find(FindReturningClientQuery query);
}
