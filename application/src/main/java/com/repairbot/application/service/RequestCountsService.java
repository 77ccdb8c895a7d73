package com.repairbot.application.service;

import com.repairbot.application.port.in.CountRequestsQuery;
import com.repairbot.application.port.in.CountRequestsUseCase;
import com.repairbot.application.port.in.RequestCounts;
import com.repairbot.application.port.out.RepairRequests;
import com.repairbot.domain.request.Status;
import com.repairbot.domain.staff.Actor;
import com.repairbot.domain.staff.Role;
import java.util.OptionalInt;
import java.util.Set;

/** The menu's counters: one count query each, on the status index and on the technician's (ADR 0028). */
public final class RequestCountsService implements CountRequestsUseCase {

    private final Authorizer authorizer;
    private final RepairRequests requests;

    /** Wires the service to its ports. */
    public RequestCountsService(Authorizer authorizer, RepairRequests requests) {
        this.authorizer = authorizer;
        this.requests = requests;
    }

    @Override
    public RequestCounts counts(CountRequestsQuery query) {
        Actor actor = authorizer.actorOf(query.actor());
        OptionalInt fresh = actor.isOffice() ? OptionalInt.of(requests.count(Set.of(Status.NEW)))
                : OptionalInt.empty();
        OptionalInt mine = actor.has(Role.TECHNICIAN)
                ? OptionalInt.of(requests.countAssignedTo(actor.id(), RequestCounts.ACTIVE)) : OptionalInt.empty();
        return new RequestCounts(fresh, mine);
    }
}
