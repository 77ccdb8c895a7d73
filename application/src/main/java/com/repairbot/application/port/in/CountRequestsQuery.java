package com.repairbot.application.port.in;

import com.repairbot.domain.staff.UserId;
import java.util.Objects;

/**
 * The query of {@link CountRequestsUseCase}.
 *
 * @param actor who asks (authorised by the server on every call)
 */
public record CountRequestsQuery(UserId actor) {

    public CountRequestsQuery {
        Objects.requireNonNull(actor, "actor");
    }
}
