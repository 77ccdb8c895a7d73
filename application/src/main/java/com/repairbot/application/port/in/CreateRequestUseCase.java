package com.repairbot.application.port.in;

import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.staff.UserId;
import java.util.Optional;

/** Enters a new request (dispatcher, admin); stored once per idempotency key. */
public interface CreateRequestUseCase {

    /**
     * @param command what to do and who asks
     * @return the outcome
     * @throws com.repairbot.domain.request.ActionNotPermittedException when the actor may not do it
     */
    CreateRequestResult create(CreateRequestCommand command);

    /**
     * The request a Confirm created under an idempotency key, for a Confirm delivered again after its dialog
     * was closed (a crash after the request was stored and before the answer was kept): it is answered with
     * the result it had instead of "already finished".
     *
     * @param actor          who asks (office only, as for {@link #create})
     * @param idempotencyKey the dialog's key
     * @return the request created under it, if any
     * @throws com.repairbot.domain.request.ActionNotPermittedException when the actor may not create requests
     */
    Optional<RequestNumber> createdUnder(UserId actor, String idempotencyKey);
}
