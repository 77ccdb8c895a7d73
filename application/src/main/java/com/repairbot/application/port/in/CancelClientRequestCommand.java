package com.repairbot.application.port.in;

import com.repairbot.domain.request.RefusalReason;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.staff.UserId;
import java.util.Objects;
import java.util.Optional;

/**
 * A client cancels one of their requests while NEW or ASSIGNED ({@link ClientRequestsUseCase#cancel}).
 *
 * @param client who asks (authorised by the server on every call)
 * @param number the request
 * @param reason why, if the client said
 */
public record CancelClientRequestCommand(UserId client, RequestNumber number, Optional<RefusalReason> reason) {

    public CancelClientRequestCommand {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(reason, "reason");
    }
}
