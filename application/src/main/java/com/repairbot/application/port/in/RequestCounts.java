package com.repairbot.application.port.in;

import com.repairbot.domain.request.Status;
import java.util.EnumSet;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What {@link CountRequestsUseCase} counted.
 *
 * @param fresh  requests in NEW, for the office (empty for anyone else)
 * @param mine   the asking technician's active requests ({@link #ACTIVE}), for a technician (empty otherwise)
 */
public record RequestCounts(OptionalInt fresh, OptionalInt mine) {

    /** A technician's active requests: assigned to them and not finished (neither closed nor refused). */
    public static final Set<Status> ACTIVE = Set.copyOf(EnumSet.of(Status.ASSIGNED, Status.ACCEPTED, Status.ONSITE,
            Status.LONG_REPAIR));

    public RequestCounts {
        Objects.requireNonNull(fresh, "fresh");
        Objects.requireNonNull(mine, "mine");
    }
}
