package com.repairbot.application.port.in;

import com.repairbot.domain.request.Status;
import com.repairbot.domain.staff.UserId;
import java.util.Objects;
import java.util.Set;

/**
 * The query of {@link ListRequestsUseCase}.
 *
 * @param actor who acts (authorised by the server on every call)
 * @param statuses the statuses wanted; empty for all
 * @param page 0-based page
 */
public record ListRequestsQuery(UserId actor, Set<Status> statuses, int page) {

    public ListRequestsQuery {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(statuses, "statuses");
    }
}
