package com.repairbot.application.port.in;

import com.repairbot.domain.staff.UserId;
import java.util.Objects;

/**
 * The query of {@link ClientRequestsUseCase#listOwn}.
 *
 * @param client who asks (authorised by the server on every call)
 * @param page   0-based page
 */
public record ClientRequestsQuery(UserId client, int page) {

    public ClientRequestsQuery {
        Objects.requireNonNull(client, "client");
    }
}
