package com.repairbot.application.service;

import com.repairbot.application.ApplicationSettings;
import com.repairbot.application.port.in.AuditLogView;
import com.repairbot.application.port.in.FindReturningClientQuery;
import com.repairbot.application.port.in.FindReturningClientUseCase;
import com.repairbot.application.port.in.ListMyRequestsQuery;
import com.repairbot.application.port.in.ListMyRequestsUseCase;
import com.repairbot.application.port.in.ListRequestsQuery;
import com.repairbot.application.port.in.ListRequestsUseCase;
import com.repairbot.application.port.in.RequestCardView;
import com.repairbot.application.port.in.RequestNotFoundException;
import com.repairbot.application.port.in.RequestPage;
import com.repairbot.application.port.in.ReturningClientView;
import com.repairbot.application.port.in.ViewAuditLogQuery;
import com.repairbot.application.port.in.ViewAuditLogUseCase;
import com.repairbot.application.port.in.ViewRequestCardQuery;
import com.repairbot.application.port.in.ViewRequestCardUseCase;
import com.repairbot.application.port.out.AuditLog;
import com.repairbot.application.port.in.SearchRequestsQuery;
import com.repairbot.application.port.in.SearchRequestsUseCase;
import com.repairbot.application.port.out.RepairRequests;
import com.repairbot.application.port.out.SearchTerms;
import com.repairbot.domain.request.ActionNotPermittedException;
import com.repairbot.application.port.out.Staff;
import com.repairbot.application.port.out.UnreachableMark;
import com.repairbot.domain.request.EditableField;
import com.repairbot.domain.request.PhoneVisibility;
import com.repairbot.domain.request.RepairRequest;
import com.repairbot.domain.staff.Actor;
import com.repairbot.domain.staff.Role;
import com.repairbot.domain.staff.UserId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Lists, the request card and the audit log, each shown only to those allowed to see it. */
public final class RequestQueryService implements ListRequestsUseCase, ListMyRequestsUseCase,
        ViewRequestCardUseCase, ViewAuditLogUseCase, FindReturningClientUseCase, SearchRequestsUseCase {

    private final ApplicationSettings settings;
    private final RepairRequests requests;
    private final AuditLog audit;
    private final Authorizer authorizer;
    private final Staff staff;
    private final Reachability reachability;

    /**
     * Wires the service to its ports.
     *
     * @param staff        the technicians (whose work group a card's technician has)
     * @param reachability the chats that cannot be written to, shown on the office's cards
     */
    public RequestQueryService(ApplicationSettings settings, Authorizer authorizer, RepairRequests requests,
                               AuditLog audit, Staff staff, Reachability reachability) {
        this.staff = staff;
        this.reachability = reachability;
        this.settings = settings;
        this.requests = requests;
        this.audit = audit;
        this.authorizer = authorizer;
    }

    @Override
    public RequestPage list(ListRequestsQuery query) {
        authorizer.requireOffice(query.actor(), "request.list");
        int size = settings.pageSize();
        int total = requests.count(query.statuses());
        int page = clampPage(query.page(), total, size);
        return new RequestPage(requests.list(query.statuses(), page * size, size), query.statuses(), page, size,
                total);
    }

    @Override
    public RequestPage listMine(ListMyRequestsQuery query) {
        Actor actor = authorizer.require(query.actor(), "request.list_mine", Role.TECHNICIAN);
        int size = settings.pageSize();
        int total = requests.countAssignedTo(actor.id(), query.statuses());
        int page = clampPage(query.page(), total, size);
        return new RequestPage(requests.assignedTo(actor.id(), query.statuses(), page * size, size),
                query.statuses(), page, size, total);
    }

    private static int clampPage(int page, int total, int size) {
        int last = Math.max(0, (total - 1) / size);
        return Math.max(0, Math.min(page, last));
    }

    /** Dispatchers and admins search every request; a technician (only) their own, as their list shows them. */
    @Override
    public RequestPage search(SearchRequestsQuery query) {
        Actor actor = authorizer.actorOf(query.actor());
        Optional<UserId> own;
        if (actor.isOffice()) {
            own = Optional.empty();
        } else if (actor.has(Role.TECHNICIAN)) {
            own = Optional.of(actor.id());
        } else {
            throw new ActionNotPermittedException("request.search", Optional.empty());
        }
        SearchTerms terms = SearchTerms.parse(query.text());
        int size = settings.pageSize();
        int total = requests.countSearch(terms, own);
        int page = clampPage(query.page(), total, size);
        return new RequestPage(requests.search(terms, own, page * size, size), Set.of(), page, size, total);
    }

    @Override
    public RequestCardView view(ViewRequestCardQuery query) {
        Actor actor = authorizer.actorOf(query.actor());
        RepairRequest request = requests.find(query.number())
                .orElseThrow(() -> new RequestNotFoundException(query.number()));
        return view(actor, request);
    }

    @Override
    public RequestCardView view(ViewRequestCardQuery query, RepairRequest written) {
        if (!written.number().equals(query.number())) {
            throw new IllegalArgumentException("the card of " + query.number() + " asked with " + written.number());
        }
        return view(authorizer.actorOf(query.actor()), written);
    }

    /** The card of the request as given (read, or just written), as this actor may see it. */
    private RequestCardView view(Actor actor, RepairRequest request) {
        if (PhoneVisibility.viewerOf(actor, request) == PhoneVisibility.Viewer.SOMEONE_ELSE) {
            // answered as for a request that does not exist: a forged button learns nothing of it
            throw new RequestNotFoundException(request.number());
        }
        boolean phoneVisible = PhoneVisibility.visibleTo(actor, request);
        boolean mayPing = request.mayPing(actor);
        // the office sees when the technician cannot be reached: blocked the bot, removed it from the work group
        List<UnreachableMark> unreachable = actor.isOffice() ? request.technician().flatMap(staff::technician)
                .map(reachability::of).orElse(List.of()) : List.of();
        if (actor.isOffice()) {
            // and when the client following the request blocked the bot: they are no longer told of it
            unreachable = java.util.stream.Stream.concat(unreachable.stream(),
                    request.clientSide().account().flatMap(reachability::ofPerson).stream()).toList();
        }
        return new RequestCardView(request, requests.history(request.number()), phoneVisible,
                // the client's own move is made on the client's side (a member of staff testing it may be the client)
                settings.transitions().available(actor, request).stream()
                        .filter(row -> !row.parties().equals(java.util.Set.of(com.repairbot.domain.request.Party.CLIENT)))
                        .toList(), request.mayEdit(actor, EditableField.DESCRIPTION)
                || request.mayEdit(actor, EditableField.NOTES), mayPing, unreachable);
    }

    @Override
    public Optional<ReturningClientView> find(FindReturningClientQuery query) {
        // those who enter requests see clients' data in full; nobody else may look a phone up
        authorizer.require(query.actor(), "request.create", Role.DISPATCHER, Role.ADMIN);
        return requests.latestForPhone(query.phone())
                .map(request -> new ReturningClientView(request.client(), request.number()));
    }

    @Override
    public AuditLogView audit(ViewAuditLogQuery query) {
        authorizer.require(query.actor(), "audit.view", Role.ADMIN);
        int size = Math.max(1, Math.min(query.limit(), 200));
        int total = audit.count(query.filter());
        int page = clampPage(query.page(), total, size);
        return new AuditLogView(audit.find(query.filter(), page * size, size), query.filter(), page, size, total);
    }
}
