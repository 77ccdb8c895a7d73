package com.repairbot.application.port.in;

/**
 * What a client does with their own requests: list them, look at one, cancel one, rate one. A request that is not
 * the client's is answered as if it did not exist, and nothing changes.
 */
public interface ClientRequestsUseCase {

    /** @return the client's own requests, newest first */
    ClientRequestPage listOwn(ClientRequestsQuery query);

    /**
     * @return the request as its client sees it
     * @throws RequestNotFoundException when there is no such request or it is not the client's
     */
    ClientRequestView view(ViewClientRequestQuery command);

    /**
     * Cancels the request (it becomes REFUSED, cancelled by the client); the office and the technician are told.
     *
     * @return the request as its client sees it now
     * @throws RequestNotFoundException when there is no such request or it is not the client's
     * @throws com.repairbot.domain.request.MoveNotPermittedException when it is past ASSIGNED
     */
    ClientRequestView cancel(CancelClientRequestCommand command);

    /**
     * Rates the closed request, once.
     *
     * @return the request as its client sees it now
     * @throws RequestNotFoundException when there is no such request or it is not the client's
     * @throws com.repairbot.domain.request.ActionNotPermittedException {@code rate} when it is not closed,
     *                                                                  {@code rate.again} when rated already
     */
    ClientRequestView rate(RateRequestCommand command);
}
