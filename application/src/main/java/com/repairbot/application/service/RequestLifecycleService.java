package com.repairbot.application.service;

import com.repairbot.application.ApplicationSettings;
import com.repairbot.application.port.in.AcceptRequestCommand;
import com.repairbot.application.port.in.AcceptRequestUseCase;
import com.repairbot.application.port.in.AddNotesCommand;
import com.repairbot.application.port.in.AddNotesUseCase;
import com.repairbot.application.port.in.AssignTechnicianCommand;
import com.repairbot.application.port.in.AssignTechnicianUseCase;
import com.repairbot.application.port.in.CompleteRequestCommand;
import com.repairbot.application.port.in.CompleteRequestUseCase;
import com.repairbot.application.port.in.ConcurrentChangeException;
import com.repairbot.application.port.in.CreateRequestCommand;
import com.repairbot.application.port.in.CreateRequestResult;
import com.repairbot.application.port.in.CreateRequestUseCase;
import com.repairbot.application.port.in.DeclineRequestCommand;
import com.repairbot.application.port.in.DeclineRequestUseCase;
import com.repairbot.application.port.in.EditRequestFieldCommand;
import com.repairbot.application.port.in.EditRequestFieldUseCase;
import com.repairbot.application.port.in.MarkOnSiteCommand;
import com.repairbot.application.port.in.MarkOnSiteUseCase;
import com.repairbot.application.port.in.MoveRequestCommand;
import com.repairbot.application.port.in.MoveRequestUseCase;
import com.repairbot.application.port.in.PingTechnicianCommand;
import com.repairbot.application.port.in.PingTechnicianUseCase;
import com.repairbot.application.port.in.RefuseRequestCommand;
import com.repairbot.application.port.in.RefuseRequestUseCase;
import com.repairbot.application.port.in.ReopenRequestCommand;
import com.repairbot.application.port.in.ReopenRequestUseCase;
import com.repairbot.application.port.in.RequestChangeResult;
import com.repairbot.application.port.in.RequestNotFoundException;
import com.repairbot.application.port.in.RescheduleVisitCommand;
import com.repairbot.application.port.in.RescheduleVisitUseCase;
import com.repairbot.application.port.in.StartLongRepairCommand;
import com.repairbot.application.port.in.StartLongRepairUseCase;
import com.repairbot.application.port.in.TechnicianNotFoundException;
import com.repairbot.application.port.in.UnassignTechnicianCommand;
import com.repairbot.application.port.in.UnassignTechnicianUseCase;
import com.repairbot.application.memory.InMemoryClients;
import com.repairbot.application.port.out.AuditActions;
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
import com.repairbot.domain.request.Assignment;
import com.repairbot.domain.request.Completion;
import com.repairbot.domain.request.Edited;
import com.repairbot.domain.request.EditableField;
import com.repairbot.domain.request.FieldChange;
import com.repairbot.domain.request.MoveDetails;
import com.repairbot.domain.request.Moved;
import com.repairbot.domain.request.PhoneVisibility;
import com.repairbot.domain.request.RepairRequest;
import com.repairbot.domain.request.RequestCreated;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.request.Status;
import com.repairbot.domain.request.RequestEvent;
import com.repairbot.domain.request.StatusChanged;
import com.repairbot.domain.staff.Actor;
import com.repairbot.domain.staff.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every change of a request: creation, the status moves, edits and the "client is waiting" ping. Each
 * runs in one transaction that reads the request, lets the domain check and apply the change,
 * compare-and-sets it, and appends history, audit and outbox rows.
 */
public final class RequestLifecycleService implements CreateRequestUseCase, AssignTechnicianUseCase,
        UnassignTechnicianUseCase, AcceptRequestUseCase, DeclineRequestUseCase, MarkOnSiteUseCase,
        StartLongRepairUseCase, CompleteRequestUseCase, RescheduleVisitUseCase, RefuseRequestUseCase,
        ReopenRequestUseCase, AddNotesUseCase, EditRequestFieldUseCase, PingTechnicianUseCase, MoveRequestUseCase {

    private final ApplicationSettings settings;
    private final Transactions transactions;
    private final RepairRequests requests;
    private final RequestNumbers numbers;
    private final IdempotencyKeys keys;
    private final Staff staff;
    private final AuditLog audit;
    private final Outbox outbox;
    private final RequestEvents events;
    private final Clock clock;
    private final Authorizer authorizer;
    private final NotificationPolicy notifications;
    private final Clients clients;

    /** Wires the service to its ports, without clients (none is ever linked); {@code clock} gives every timestamp. */
    public RequestLifecycleService(ApplicationSettings settings, Authorizer authorizer, Transactions transactions,
                                   RepairRequests requests, RequestNumbers numbers, IdempotencyKeys keys, Staff staff,
                                   AuditLog audit, Outbox outbox, RequestEvents events, Clock clock) {
        this(settings, authorizer, transactions, requests, numbers, keys, staff, new InMemoryClients(), audit, outbox,
                events, clock);
    }

    /**
     * Wires the service to its ports; {@code clock} gives every timestamp.
     *
     * @param clients the clients: a request entered with the phone a client shared is linked to that client
     */
    public RequestLifecycleService(ApplicationSettings settings, Authorizer authorizer, Transactions transactions,
                                   RepairRequests requests, RequestNumbers numbers, IdempotencyKeys keys, Staff staff,
                                   Clients clients, AuditLog audit, Outbox outbox, RequestEvents events, Clock clock) {
        this.clients = clients;
        this.settings = settings;
        this.transactions = transactions;
        this.requests = requests;
        this.numbers = numbers;
        this.keys = keys;
        this.staff = staff;
        this.audit = audit;
        this.outbox = outbox;
        this.events = events;
        this.clock = clock;
        this.authorizer = authorizer;
        this.notifications = new NotificationPolicy(settings, authorizer, staff);
    }

    @Override
    public CreateRequestResult create(CreateRequestCommand command) {
        return transactions.write(() -> {
            // checked before anything else: a refused attempt must not use up a number (the in-memory and
            // any non-transactional counter cannot give it back), nor see a request through a repeated key
            Actor actor = authorizer.requireOffice(command.actor(), "create");
            Optional<RepairRequest> earlier = keys.find(command.idempotencyKey()).flatMap(requests::find);
            if (earlier.isPresent()) {
                return new CreateRequestResult(earlier.get(), false);
            }
            Instant now = clock.instant();
            Optional<UserId> client = clients.withPhone(command.draft().client().phone()).map(ClientAccount::user);
            RequestCreated.WithRequest created = RepairRequest.create(numbers.next(), command.draft(), actor, client,
                    now);
            RepairRequest request = created.request();
            requests.add(request);
            keys.remember(command.idempotencyKey(), request.number());
            record(created.event());
            audit.record(new AuditEntry(now, actor.id(), AuditActions.REQUEST_CREATE, Optional.of(request.number()),
                    request.equipment().code()));
            enqueue(notifications.created(request), now);
            return new CreateRequestResult(request, true);
        });
    }

    /** Any move, by the intent of its row: the one way a status changes. */
    @Override
    public RequestChangeResult move(MoveRequestCommand command) {
        return move(command, request -> command.intent());
    }

    private RequestChangeResult move(MoveRequestCommand command, Function<RepairRequest, String> intentOf) {
        return transactions.write(() -> {
            Actor actor = authorizer.actorOf(command.actor());
            RepairRequest request = load(actor, command.number());
            if (command.once().flatMap(keys::find).isPresent()) {
                // made already under this key (its answer was lost with the instance that made it): as it is now
                return new RequestChangeResult(request, false);
            }
            Instant now = clock.instant();
            Moved moved = request.move(settings.transitions(), actor, intentOf.apply(request),
                    details(command.data()), now);
            command.once().ifPresent(key -> keys.remember(key, command.number()));
            if (moved.isNoOp()) {
                return new RequestChangeResult(request, false);
            }
            StatusChanged event = moved.event().orElseThrow();
            store(request, moved.request());
            record(event);
            audit.record(new AuditEntry(now, actor.id(), AuditActions.REQUEST + event.action(), Optional.of(command.number()),
                    event.from() + "->" + event.to()));
            enqueue(notifications.moved(moved.request(), event), now);
            return new RequestChangeResult(moved.request(), true);
        });
    }

    /** The domain's details of what a person gave: the technician as stored, the money split by the policy. */
    private MoveDetails details(MoveRequestCommand.Data data) {
        return switch (data) {
            case MoveRequestCommand.Data.Nothing nothing -> MoveDetails.NONE;
            case MoveRequestCommand.Data.Technician chosen -> new Assignment(staff.technician(chosen.technician())
                    .orElseThrow(() -> new TechnicianNotFoundException(chosen.technician())));
            case MoveRequestCommand.Data.Reason reason -> reason.reason();
            case MoveRequestCommand.Data.Plan plan -> {
                plan.plan().requireNotBefore(clock.instant().atZone(settings.zone()).toLocalDate());
                yield plan.plan();
            }
            case MoveRequestCommand.Data.Figures figures -> Completion.of(figures.total(), figures.materials(),
                    figures.reviewTaken(), figures.outOfCity(), settings.splitPolicy());
        };
    }

    // ---- the intent-named use cases: each is the move of one intent --------------------------------------

    /** Assigns a NEW request; on an ASSIGNED one, the same use case reassigns it (its documented meaning). */
    @Override
    public Optional<RequestNumber> createdUnder(UserId actor, String idempotencyKey) {
        authorizer.requireOffice(actor, "create");
        return keys.find(idempotencyKey).filter(number -> requests.find(number).isPresent());
    }

    @Override
    public RequestChangeResult assign(AssignTechnicianCommand command) {
        return move(new MoveRequestCommand(command.actor(), command.number(), "assign",
                new MoveRequestCommand.Data.Technician(command.technician())),
                request -> request.status() == Status.ASSIGNED ? "reassign" : "assign");
    }

    @Override
    public RequestChangeResult unassign(UnassignTechnicianCommand command) {
        return move(command.actor(), command.number(), "unassign", MoveRequestCommand.Data.NONE);
    }

    @Override
    public RequestChangeResult accept(AcceptRequestCommand command) {
        return move(command.actor(), command.number(), "accept", MoveRequestCommand.Data.NONE);
    }

    @Override
    public RequestChangeResult decline(DeclineRequestCommand command) {
        return move(command.actor(), command.number(), "decline", new MoveRequestCommand.Data.Reason(command.reason()));
    }

    @Override
    public RequestChangeResult markOnSite(MarkOnSiteCommand command) {
        return move(command.actor(), command.number(), "onsite", MoveRequestCommand.Data.NONE);
    }

    @Override
    public RequestChangeResult startLongRepair(StartLongRepairCommand command) {
        return move(command.actor(), command.number(), "long_repair", new MoveRequestCommand.Data.Plan(command.plan()));
    }

    @Override
    public RequestChangeResult complete(CompleteRequestCommand command) {
        return move(command.actor(), command.number(), "complete", new MoveRequestCommand.Data.Figures(command.total(),
                command.materials(), command.reviewTaken(), command.outOfCity()));
    }

    @Override
    public RequestChangeResult refuse(RefuseRequestCommand command) {
        return move(command.actor(), command.number(), "refuse", new MoveRequestCommand.Data.Reason(command.reason()));
    }

    @Override
    public RequestChangeResult reopen(ReopenRequestCommand command) {
        return move(command.actor(), command.number(), "reopen", MoveRequestCommand.Data.NONE);
    }

    private RequestChangeResult move(UserId actor, RequestNumber number, String intent, MoveRequestCommand.Data data) {
        return move(new MoveRequestCommand(actor, number, intent, data));
    }

    @Override
    public RequestChangeResult reschedule(RescheduleVisitCommand command) {
        return edit(command.actor(), command.number(), request -> new FieldChange.Visit(Optional.of(command.visit())),
                command.reason());
    }

    @Override
    public RequestChangeResult addNotes(AddNotesCommand command) {
        return edit(command.actor(), command.number(), request -> new FieldChange.NotesChange(Optional.of(
                request.notes().map(earlier -> earlier.append(command.notes())).orElse(command.notes()))), "");
    }

    /** Corrects a field; the money of a closed request is split again by the configured policy. */
    @Override
    public RequestChangeResult edit(EditRequestFieldCommand command) {
        if (command.change() instanceof FieldChange.MoneyChange money) {
            return edit(command.actor(), command.number(), (actor, request, now) ->
                    request.correctMoney(actor, money, settings.splitPolicy(), now));
        }
        return edit(command.actor(), command.number(), request -> command.change(), "");
    }

    @Override
    public RequestChangeResult ping(PingTechnicianCommand command) {
        return transactions.write(() -> {
            Actor actor = authorizer.actorOf(command.actor());
            RepairRequest request = load(actor, command.number());
            if (!request.mayPing(actor)) {
                throw new ActionNotPermittedException("ping", Optional.of(request.number()));
            }
            Instant now = clock.instant();
            audit.record(new AuditEntry(now, actor.id(), AuditActions.REQUEST_PING, Optional.of(request.number()), ""));
            enqueue(notifications.clientWaiting(request), now);
            return new RequestChangeResult(request, true);
        });
    }

    private RequestChangeResult edit(UserId actorId, RequestNumber number,
                                     Function<RepairRequest, FieldChange> change, String comment) {
        return edit(actorId, number, (actor, request, now) -> request.edit(actor, change.apply(request), comment, now));
    }

    /** How an edit is made of the request as it stands in the transaction. */
    @FunctionalInterface
    private interface Edit {
        Edited apply(Actor actor, RepairRequest request, Instant now);
    }

    private RequestChangeResult edit(UserId actorId, RequestNumber number, Edit edit) {
        return transactions.write(() -> {
            Actor actor = authorizer.actorOf(actorId);
            RepairRequest request = load(actor, number);
            Instant now = clock.instant();
            Edited edited = edit.apply(actor, request, now);
            store(request, edited.request());
            record(edited.event());
            // the audit keeps what the field held before and after, for the admins who read it (ADR 0029); the
            // reason of a reschedule goes to the history only
            EditableField field = edited.event().field();
            String detail = field.isMoney() ? edited.event().comment() : "";
            audit.record(new AuditEntry(now, actor.id(), AuditActions.REQUEST_EDIT + field.code(), Optional.of(number), detail,
                    FieldValues.of(field, request), FieldValues.of(field, edited.request())));
            enqueue(notifications.edited(edited.request(), edited.event()), now);
            return new RequestChangeResult(edited.request(), true);
        });
    }

    /** Writes the event's history line and tells the listener, in the same unit of work. */
    private void record(RequestEvent event) {
        requests.appendHistory(event.historyEntry());
        events.happened(event);
    }

    /**
     * @return the request, for someone who may see it; to anyone else (a technician pressing a forged button) it
     *     is missing, so that the refusal does not tell its status
     */
    private RepairRequest load(Actor actor, RequestNumber number) {
        return requests.find(number)
                .filter(request -> PhoneVisibility.viewerOf(actor, request) != PhoneVisibility.Viewer.SOMEONE_ELSE)
                .orElseThrow(() -> new RequestNotFoundException(number));
    }

    private void store(RepairRequest before, RepairRequest after) {
        if (!requests.compareAndSet(after, before.status(), before.version())) {
            throw new ConcurrentChangeException(before.number());
        }
    }

    private void enqueue(List<Notification> list, Instant now) {
        outbox.enqueueAll(list, now); // one statement run for all (a new request: every dispatcher)
    }
}
