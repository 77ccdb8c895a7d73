package com.repairbot.application.port.in;

import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.staff.UserId;
import java.util.Objects;

/**
 * A client looks at one of their requests ({@link ClientRequestsUseCase#view}).
 *
 * @param client who asks (authorised by the server on every call)
 * @param number the request
 */
public record ViewClientRequestQuery(UserId client, RequestNumber number) {

    public ViewClientRequestQuery {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(number, "number");
    }
}
