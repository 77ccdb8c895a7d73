package com.repairbot.application.service;

import com.repairbot.application.ApplicationSettings;
import com.repairbot.application.ClientSettings;
import com.repairbot.application.port.in.CancelClientRequestCommand;
import com.repairbot.application.port.in.RateRequestCommand;
import com.repairbot.application.port.in.ViewClientRequestQuery;
import com.repairbot.application.port.in.ClientRequestPage;
import com.repairbot.application.port.in.ClientRequestView;
import com.repairbot.application.port.in.ClientRequestsQuery;
import com.repairbot.application.port.in.ClientRequestsUseCase;
import com.repairbot.application.port.in.ConcurrentChangeException;
import com.repairbot.application.port.in.CreateRequestResult;
import com.repairbot.application.port.in.OpenRequestLimitException;
import com.repairbot.application.port.in.PhoneSharedByClientQuery;
import com.repairbot.application.port.in.PhoneSharedByClientUseCase;
import com.repairbot.application.port.in.RecordClientCommand;
import com.repairbot.application.port.in.RecordClientUseCase;
import com.repairbot.application.port.in.RequestNotFoundException;
import com.repairbot.application.port.in.SubmitClientRequestCommand;
import com.repairbot.application.port.in.SubmitClientRequestUseCase;
import com.repairbot.application.port.out.AuditEntry;
import com.repairbot.application.port.out.AuditLog;
import com.repairbot.application.port.out.Clients;
import com.repairbot.application.port.out.IdempotencyKeys;
import com.repairbot.application.port.out.Notification;
import com.repairbot.application.port.out.Outbox;
import com.repairbot.application.port.out.RepairRequests;
import com.repairbot.application.port.out.RequestEvents;
import com.repairbot.application.port.out.RequestNumbers;
import com.repairbot.application.port.out.Staff;
import com.repairbot.application.port.out.Transactions;
import com.repairbot.domain.client.ClientAccount;
import com.repairbot.domain.request.ActionNotPermittedException;
import com.repairbot.domain.request.MoveDetails;
import com.repairbot.domain.request.Moved;
import com.repairbot.domain.request.RefusalReason;
import com.repairbot.domain.request.RepairRequest;
import com.repairbot.domain.request.RequestCreated;
import com.repairbot.domain.request.RequestEvent;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.request.RequestRated;
import com.repairbot.domain.request.Status;
import com.repairbot.domain.request.StatusChanged;
import com.repairbot.domain.staff.Actor;
import com.repairbot.domain.staff.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The client's side (ADR 0030): remembering a client,
 * their own requests, cancelling and rating. Every call finds the actor on the server and checks that the request is
 * the caller's own before anything else; a request that is not theirs is answered as not found.
 */
public final class ClientService implements RecordClientUseCase, SubmitClientRequestUseCase, ClientRequestsUseCase,
        PhoneSharedByClientUseCase {

    /** The statuses in which a request counts against the client's limit of open requests. */
    static final Set<Status> OPEN = EnumSet.of(Status.NEW, Status.ASSIGNED, Status.ACCEPTED, Status.ONSITE,
            Status.LONG_REPAIR);

    /** The intent of the client's own move (the transition table's rows "cancelled by the client"). */
    static final String CANCEL = "cancel";

    private final ApplicationSettings settings;
    private final ClientSettings clientSettings;
    private final Authorizer authorizer;
    private final Transactions transactions;
    private final RepairRequests requests;
    private final RequestNumbers numbers;
    private final IdempotencyKeys keys;
    private final Clients clients;
    private final AuditLog audit;
    private final Outbox outbox;
    private final RequestEvents events;
    private final Clock clock;
    private final NotificationPolicy notifications;
    private final Staff staff;

    /** Wires the service to its ports; {@code clock} gives every timestamp. */
    public ClientService(ApplicationSettings settings, ClientSettings clientSettings, Authorizer authorizer,
                         Transactions transactions, RepairRequests requests, RequestNumbers numbers,
                         IdempotencyKeys keys, Clients clients, Staff staff, AuditLog audit, Outbox outbox,
                         RequestEvents events, Clock clock) {
        this.settings = settings;
        this.clientSettings = clientSettings;
        this.authorizer = authorizer;
        this.transactions = transactions;
        this.requests = requests;
        this.numbers = numbers;
        this.keys = keys;
        this.clients = clients;
        this.audit = audit;
        this.outbox = outbox;
        this.events = events;
        this.clock = clock;
        this.notifications = new NotificationPolicy(settings, authorizer, staff);
        this.staff = staff;
    }

    /**
     * The client rule, the one place that says who may use the client's side: anyone when clients are served,
     * otherwise staff only (who test it with {@code /client}).
     *
     * @return the actor
     * @throws ActionNotPermittedException {@code client} otherwise
     */
    private Actor requireClientSide(UserId user) {
        Actor actor = authorizer.actorOf(user);
        if (!clientSettings.enabled() && !actor.isStaff()) {
            throw new ActionNotPermittedException("client", Optional.empty());
        }
        return actor;
    }

    @Override
    public ClientAccount record(RecordClientCommand command) {
        requireClientSide(command.user());
        String language = "en".equals(command.language()) ? "en" : "ru";
        return transactions.write(() -> {
            Optional<ClientAccount> known = clients.find(command.user());
            ClientAccount client = known.map(c -> c.withLanguage(language))
                    .orElseGet(() -> ClientAccount.first(command.user(), language, command.source()));
            if (known.filter(client::equals).isEmpty()) {
                clients.save(client);
            }
            return client;
        });
    }

    @Override
    public CreateRequestResult submit(SubmitClientRequestCommand command) {
        return transactions.write(() -> {
            Actor actor = requireClientSide(command.client());
            Optional<RepairRequest> earlier = keys.find(command.idempotencyKey()).flatMap(requests::find)
                    .filter(request -> request.clientSide().isClient(actor.id()));
            if (earlier.isPresent()) {
                return new CreateRequestResult(earlier.get(), false);
            }
            // checked before a number is spent
            if (requests.countOfClient(actor.id(), OPEN) >= clientSettings.openLimit()) {
                throw new OpenRequestLimitException(clientSettings.openLimit());
            }
            Instant now = clock.instant();
            RequestCreated.WithRequest created = RepairRequest.submit(numbers.next(), command.draft(), actor,
                    command.photos(), now);
            RepairRequest request = created.request();
            requests.add(request);
            keys.remember(command.idempotencyKey(), request.number());
            record(created.event());
            ClientAccount known = clients.find(actor.id())
                    .orElseGet(() -> ClientAccount.first(actor.id(), "ru", Optional.empty()));
            clients.save(known.withPhone(request.client().phone()).withName(request.client().name()));
            audit.record(new AuditEntry(now, actor.id(), "request.submit", Optional.of(request.number()),
                    request.equipment().code()));
            enqueue(notifications.created(request), now);
            return new CreateRequestResult(request, true);
        });
    }

    @Override
    public boolean sharedByClient(PhoneSharedByClientQuery query) {
        authorizer.requireOffice(query.actor(), "create");
        return clients.withPhone(query.phone()).isPresent();
    }

    @Override
    public void checkMayOpen(UserId client) {
        Actor actor = requireClientSide(client);
        if (requests.countOfClient(actor.id(), OPEN) >= clientSettings.openLimit()) {
            throw new OpenRequestLimitException(clientSettings.openLimit());
        }
    }

    @Override
    public ClientRequestPage listOwn(ClientRequestsQuery query) {
        Actor actor = requireClientSide(query.client());
        int page = Math.max(0, query.page());
        int size = settings.pageSize();
        List<ClientRequestView> views = requests.ofClient(actor.id(), Set.of(), page * size, size).stream()
                .map(request -> view(actor, request)).toList();
        return new ClientRequestPage(views, page, requests.countOfClient(actor.id(), Set.of()), size);
    }

    @Override
    public ClientRequestView view(ViewClientRequestQuery command) {
        Actor actor = requireClientSide(command.client());
        return view(actor, own(actor, command.number()));
    }

    @Override
    public ClientRequestView cancel(CancelClientRequestCommand command) {
        return transactions.write(() -> {
            Actor actor = requireClientSide(command.client());
            RepairRequest request = own(actor, command.number());
            Instant now = clock.instant();
            MoveDetails details = command.reason().<MoveDetails>map(RefusalReason.class::cast).orElse(MoveDetails.NONE);
            Moved moved = request.move(settings.transitions(), actor, CANCEL, details, now);
            if (moved.isNoOp()) {
                return view(actor, request);
            }
            StatusChanged event = moved.event().orElseThrow();
            store(request, moved.request());
            record(event);
            audit.record(new AuditEntry(now, actor.id(), "request." + event.action(), Optional.of(request.number()),
                    event.from() + "->" + event.to()));
            enqueue(notifications.moved(moved.request(), event), now);
            return view(actor, moved.request());
        });
    }

    @Override
    public ClientRequestView rate(RateRequestCommand command) {
        return transactions.write(() -> {
            Actor actor = requireClientSide(command.client());
            RepairRequest request = own(actor, command.number());
            Instant now = clock.instant();
            RequestRated.WithRequest rated = request.rate(actor, command.rating(), now);
            store(request, rated.request());
            record(rated.event());
            audit.record(new AuditEntry(now, actor.id(), "request.rate", Optional.of(request.number()),
                    Integer.toString(command.rating().score())));
            enqueue(notifications.rated(rated.request()), now);
            return view(actor, rated.request());
        });
    }

    /** The ownership check of every client action: not theirs reads as not there. */
    private RepairRequest own(Actor actor, RequestNumber number) {
        return requests.find(number).filter(request -> request.clientSide().isClient(actor.id()))
                .orElseThrow(() -> new RequestNotFoundException(number));
    }

    private ClientRequestView view(Actor actor, RepairRequest request) {
        return ClientRequestView.of(request, actor, settings.transitions(), staff::person);
    }

    private void record(RequestEvent event) {
        requests.appendHistory(event.historyEntry());
        events.happened(event);
    }

    private void store(RepairRequest before, RepairRequest after) {
        if (!requests.compareAndSet(after, before.status(), before.version())) {
            throw new ConcurrentChangeException(before.number());
        }
    }

    private void enqueue(List<Notification> list, Instant now) {
        list.forEach(notification -> outbox.enqueue(notification, now));
    }
}
