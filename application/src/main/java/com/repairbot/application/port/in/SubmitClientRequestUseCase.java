package com.repairbot.application.port.in;

import com.repairbot.domain.staff.UserId;

/** A client sends a request of their own. */
public interface SubmitClientRequestUseCase {

    /**
     * Stores the request once whatever happens (the idempotency key), remembers the phone and name the client gave,
     * and tells the office as for any new request.
     *
     * @throws OpenRequestLimitException when the client has as many open requests as allowed already
     * @throws com.repairbot.domain.request.ActionNotPermittedException {@code client} when clients are switched off
     *                                                                  and the user is not staff
     */
    CreateRequestResult submit(SubmitClientRequestCommand command);

    /**
     * Checks, before the client types a whole request, that they may send one more now.
     *
     * @throws OpenRequestLimitException when the client has as many open requests as allowed already
     */
    void checkMayOpen(UserId client);
}
