package com.repairbot.domain.request;

import com.repairbot.domain.contact.Client;
import com.repairbot.domain.money.ProfitSplitPolicy;
import com.repairbot.domain.shared.InvalidValueException;
import com.repairbot.domain.staff.Actor;
import com.repairbot.domain.staff.Role;
import com.repairbot.domain.staff.UserId;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A repair request: an immutable snapshot. Every change goes through {@link #move} (status) or
 * {@link #edit} (data), which check the rules and return the next snapshot with its event; the
 * {@link #version()} grows by one with each change so that stores can compare-and-set.
 *
 * <p>Prints without personal data: {@link Client} and the free texts mask themselves.
 *
 * @param number      sequential number, the identity
 * @param equipment   kind of appliance
 * @param description what is wrong
 * @param client      name, phone, address
 * @param notes       optional notes
 * @param visit       optional scheduled visit
 * @param dispatcher  who entered it
 * @param technician  who is assigned (empty while NEW)
 * @param status      current status
 * @param longRepair  data of a long repair, once there was one
 * @param completion  money, once closed
 * @param refusal     why it was refused, while refused
 * @param createdAt   when it was entered
 * @param updatedAt   when it last changed
 * @param statusSince when it entered its current status
 * @param version     1 when created, +1 for each change
 * @param clientSide  the client's account, photos, rating and cancel ({@link ClientSide#NONE} when no client is linked)
 */
public record RepairRequest(RequestNumber number, EquipmentType equipment, ProblemDescription description,
                            Client client, Optional<Notes> notes, Optional<ScheduledVisit> visit, UserId dispatcher,
                            Optional<UserId> technician, Status status, Optional<LongRepairPlan> longRepair,
                            Optional<Completion> completion, Optional<RefusalReason> refusal, Instant createdAt,
                            Instant updatedAt, Instant statusSince, long version, ClientSide clientSide) {

    private static final Set<Status> TECHNICIAN_AT_WORK =
            EnumSet.of(Status.ASSIGNED, Status.ACCEPTED, Status.ONSITE, Status.LONG_REPAIR);

    public RepairRequest {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(equipment, "equipment");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(notes, "notes");
        Objects.requireNonNull(visit, "visit");
        Objects.requireNonNull(dispatcher, "dispatcher");
        Objects.requireNonNull(technician, "technician");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(longRepair, "longRepair");
        Objects.requireNonNull(completion, "completion");
        Objects.requireNonNull(refusal, "refusal");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(statusSince, "statusSince");
        Objects.requireNonNull(clientSide, "clientSide");
        if (version < 1) {
            throw new IllegalArgumentException("version starts at 1");
        }
    }

    /** A request with no client account linked ({@link ClientSide#NONE}). */
    public RepairRequest(RequestNumber number, EquipmentType equipment, ProblemDescription description,
                         Client client, Optional<Notes> notes, Optional<ScheduledVisit> visit, UserId dispatcher,
                         Optional<UserId> technician, Status status, Optional<LongRepairPlan> longRepair,
                         Optional<Completion> completion, Optional<RefusalReason> refusal, Instant createdAt,
                         Instant updatedAt, Instant statusSince, long version) {
        this(number, equipment, description, client, notes, visit, dispatcher, technician, status, longRepair,
                completion, refusal, createdAt, updatedAt, statusSince, version, ClientSide.NONE);
    }

    /**
     * Enters a new request (status NEW, version 1).
     *
     * @throws ActionNotPermittedException {@code create} unless the actor is a dispatcher or admin
     */
    public static RequestCreated.WithRequest create(RequestNumber number, RequestDraft draft, Actor actor,
                                                    Instant at) {
        return create(number, draft, actor, Optional.empty(), at);
    }

    /**
     * Enters a new request for a client who shared that phone with the bot: the client is linked to it, follows it
     * and may cancel and rate it.
     *
     * @param client the linked client's account, when the phone belongs to one
     * @throws ActionNotPermittedException {@code create} unless the actor is a dispatcher or admin
     */
    public static RequestCreated.WithRequest create(RequestNumber number, RequestDraft draft, Actor actor,
                                                    Optional<UserId> client, Instant at) {
        requireMayCreate(actor);
        return created(number, draft, actor.id(), client.map(ClientSide::linkedTo).orElse(ClientSide.NONE), at);
    }

    /**
     * A client sends a request of their own: anyone may (the office decides who counts as a client); the client is
     * its author and its linked client, and its card says it came from a client.
     *
     * @param photos up to {@link Photo#MAX_PER_REQUEST} photos of the defect
     */
    public static RequestCreated.WithRequest submit(RequestNumber number, RequestDraft draft, Actor client,
                                                    java.util.List<Photo> photos, Instant at) {
        return created(number, draft, client.id(), ClientSide.fromClient(client.id(), photos), at);
    }

    private static RequestCreated.WithRequest created(RequestNumber number, RequestDraft draft, UserId author,
                                                      ClientSide side, Instant at) {
        RepairRequest request = new RepairRequest(number, draft.equipment(), draft.description(), draft.client(),
                draft.notes(), draft.visit(), author, Optional.empty(), Status.NEW, Optional.empty(),
                Optional.empty(), Optional.empty(), at, at, at, 1, side);
        return new RequestCreated.WithRequest(request, new RequestCreated(number, author, at));
    }

    /**
     * Checks that the actor may enter requests, before anything (such as a number) is spent on one.
     *
     * @throws ActionNotPermittedException {@code create} unless the actor is a dispatcher or admin
     */
    public static void requireMayCreate(Actor actor) {
        if (!actor.isOffice()) {
            throw new ActionNotPermittedException("create", Optional.empty());
        }
    }

    /**
     * Performs a status move by its intent on the product's table; see {@link #move(TransitionTable, Actor, String,
     * MoveDetails, Instant)}.
     */
    public Moved move(Actor actor, String intent, MoveDetails details, Instant at) {
        return move(TransitionTable.standard(), actor, intent, details, at);
    }

    /**
     * Performs a status move named by its intent — the one method that does. Checks the table: the intent must have
     * a row leaving the current status, the actor must be one of its parties, the details must fit its requirement.
     * An intent cannot perform another: "decline" on a NEW request is refused even though "refuse" leads to the same
     * status. Repeating an intent whose status the request already has is a no-op, for anyone who could have made
     * it (a reassignment to another technician is a move, to the same one a no-op).
     *
     * @param table   the moves there are
     * @param actor   who moves it, with the roles the server found
     * @param intent  the row's intent, e.g. {@code decline}
     * @param details the data the move needs ({@link MoveDetails#NONE} when none)
     * @param at      when
     * @return the request after the move and its event
     * @throws IllegalArgumentException    for a name that is no intent of the table
     * @throws IllegalTransitionException when the intent has no row from the current status
     * @throws MoveNotPermittedException  when the actor may not make it
     * @throws InvalidValueException      {@code move.details.<requirement>} when the data does not fit,
     *                                    {@code technician.not_assignable} for an inactive technician or one
     *                                    without a work group
     */
    public Moved move(TransitionTable table, Actor actor, String intent, MoveDetails details, Instant at) {
        Objects.requireNonNull(details, "details");
        Status target = table.target(intent).orElseThrow(() -> new IllegalArgumentException("no move named " + intent));
        Optional<Transition> found = table.find(status, intent);
        if (found.isEmpty() && target == status && !isOtherTechnician(details)) {
            requireCouldMake(table, actor, intent);
            return new Moved(this, Optional.empty());
        }
        Transition row = found.orElseThrow(() ->
                new IllegalTransitionException(number, status, target, table.targets(actor, this)));
        if (!row.permits(actor, this)) {
            throw new MoveNotPermittedException(number, status, target, table.targets(actor, this));
        }
        if (row.to() == status && !isOtherTechnician(details)) {
            return new Moved(this, Optional.empty()); // a reassignment to the technician who has it
        }
        if (!row.requirement().isMetBy(details)) {
            throw new InvalidValueException("move.details." + row.requirement().name().toLowerCase(java.util.Locale.ROOT));
        }
        RepairRequest next = applied(row, details, at);
        StatusChanged event = new StatusChanged(number, status, target, row.action(), actor.id(), at, technician,
                next.technician, comment(details, next));
        return new Moved(next, Optional.of(event));
    }

    /**
     * Performs the move of the product's table that leads from the current status to {@code target} (the table has at
     * most one such row today); kept for tests and benchmarks that name moves by their statuses. The service moves by
     * intent.
     *
     * @throws IllegalTransitionException when the table has no such move
     * @throws MoveNotPermittedException  when the actor may not make it
     */
    public Moved move(Actor actor, Status target, MoveDetails details, Instant at) {
        TransitionTable table = TransitionTable.standard();
        if (target == status && !isOtherTechnician(details)) {
            // a repeat: harmless for anyone who could have made a move into that status
            boolean couldReach = table.rows().stream()
                    .anyMatch(row -> row.to() == target && row.from() != target && row.permits(actor, this));
            if (!couldReach) {
                throw new MoveNotPermittedException(number, status, target, table.targets(actor, this));
            }
            return new Moved(this, Optional.empty());
        }
        // two rows may share both statuses for different parties (the office refuses a NEW request, its client
        // cancels it): the one this actor may make, else the first
        Transition row = table.find(status, target, actor, this).or(() -> table.find(status, target))
                .orElseThrow(() -> new IllegalTransitionException(number, status, target, table.targets(actor, this)));
        return move(table, actor, row.action(), details, at);
    }

    private boolean isOtherTechnician(MoveDetails details) {
        return details instanceof Assignment assignment
                && technician.filter(assignment.technician().id()::equals).isEmpty();
    }

    /** A repeat is harmless, but only for someone who could have made the move. */
    private void requireCouldMake(TransitionTable table, Actor actor, String intent) {
        boolean could = table.rows().stream().anyMatch(row -> row.action().equals(intent) && row.from() != row.to()
                && row.permits(actor, this));
        if (!could) {
            throw new MoveNotPermittedException(number, status, status, table.targets(actor, this));
        }
    }

    private RepairRequest applied(Transition row, MoveDetails details, Instant at) {
        Optional<UserId> nextTechnician = technician;
        Optional<LongRepairPlan> nextLongRepair = longRepair;
        Optional<Completion> nextCompletion = completion;
        Optional<RefusalReason> nextRefusal = row.to() == Status.REFUSED ? refusal : Optional.empty();
        switch (details) {
            case Assignment assignment -> {
                if (!assignment.technician().assignable()) {
                    throw new InvalidValueException("technician.not_assignable");
                }
                nextTechnician = Optional.of(assignment.technician().id());
            }
            case RefusalReason reason -> nextRefusal = Optional.of(reason);
            case LongRepairPlan plan -> nextLongRepair = Optional.of(plan.keeping(longRepair));
            case Completion money -> nextCompletion = Optional.of(money);
            case MoveDetails.None none -> {
                if (row.to() == Status.REFUSED) {
                    nextRefusal = Optional.empty(); // the client cancelled without a reason
                }
                if (row.to() == Status.NEW) {
                    // unassign and reopen both return the request to the pool
                    nextTechnician = Optional.empty();
                    nextCompletion = Optional.empty();
                }
            }
        }
        Instant since = row.to() == status ? statusSince : at;
        // the client's cancel is the only move into REFUSED that the client makes; leaving REFUSED clears the mark
        ClientSide nextSide = clientSide.cancelled(row.to() == Status.REFUSED && row.parties().contains(Party.CLIENT));
        return new RepairRequest(number, equipment, description, client, notes, visit, dispatcher, nextTechnician,
                row.to(), nextLongRepair, nextCompletion, nextRefusal, createdAt, at, since, version + 1, nextSide);
    }

    private static String comment(MoveDetails details, RepairRequest next) {
        return switch (details) {
            case RefusalReason reason -> reason.value();
            case LongRepairPlan plan -> next.longRepair.orElse(plan).historyComment();
            case Assignment assignment -> "technician:" + assignment.technician().id();
            case Completion money -> "";
            case MoveDetails.None none -> "";
        };
    }

    /**
     * Changes one field. Dispatchers and admins may change any field until the request is closed; after
     * that only an admin may correct it. The assigned technician may change the notes and the visit time
     * while working on the request.
     *
     * @param comment why (e.g. the reason of a reschedule), may be empty
     * @throws ActionNotPermittedException {@code edit.<field>} when the actor may not change it now
     */
    public Edited edit(Actor actor, FieldChange change, String comment, Instant at) {
        if (!mayEdit(actor, change.field())) {
            throw new ActionNotPermittedException("edit." + change.field().code(), Optional.of(number));
        }
        RepairRequest next = switch (change) {
            case FieldChange.Equipment c -> new RepairRequest(number, c.value(), description, client, notes, visit,
                    dispatcher, technician, status, longRepair, completion, refusal, createdAt, at, statusSince,
                    version + 1, clientSide);
            case FieldChange.Description c -> new RepairRequest(number, equipment, c.value(), client, notes, visit,
                    dispatcher, technician, status, longRepair, completion, refusal, createdAt, at, statusSince,
                    version + 1, clientSide);
            case FieldChange.ClientName c -> withClient(new Client(c.value(), client.phone(), client.address()), at);
            case FieldChange.ClientPhone c -> withClient(new Client(client.name(), c.value(), client.address()), at);
            case FieldChange.ClientAddress c -> withClient(new Client(client.name(), client.phone(), c.value()), at);
            case FieldChange.NotesChange c -> new RepairRequest(number, equipment, description, client, c.value(),
                    visit, dispatcher, technician, status, longRepair, completion, refusal, createdAt, at,
                    statusSince, version + 1, clientSide);
            case FieldChange.Visit c -> new RepairRequest(number, equipment, description, client, notes, c.value(),
                    dispatcher, technician, status, longRepair, completion, refusal, createdAt, at, statusSince,
                    version + 1, clientSide);
            case FieldChange.MoneyChange c -> throw new IllegalArgumentException(
                    "money is corrected with correctMoney, which knows the split policy");
        };
        String why = comment == null ? "" : comment.strip();
        return new Edited(next, new RequestEdited(number, status, change.field(), actor.id(), at, why));
    }

    /**
     * Corrects the money of a closed request: only an admin may. The split is computed again by the policy;
     * the event's comment holds the old and the new value ({@code 1500.00 → 2000.00}) for history and audit.
     *
     * @throws ActionNotPermittedException {@code edit.<field>} unless an admin corrects a closed request
     * @throws InvalidValueException       {@code materials.exceed_total} when the materials would exceed the total
     */
    public Edited correctMoney(Actor actor, FieldChange.MoneyChange change, ProfitSplitPolicy policy, Instant at) {
        if (!mayEdit(actor, change.field()) || completion.isEmpty()) {
            throw new ActionNotPermittedException("edit." + change.field().code(), Optional.of(number));
        }
        Completion before = completion.get();
        Completion after = change.applyTo(before, policy);
        RepairRequest next = new RepairRequest(number, equipment, description, client, notes, visit, dispatcher,
                technician, status, longRepair, Optional.of(after), refusal, createdAt, at, statusSince, version + 1,
                clientSide);
        String oldToNew = change.valueIn(before) + " → " + change.valueIn(after);
        return new Edited(next, new RequestEdited(number, status, change.field(), actor.id(), at, oldToNew));
    }

    /**
     * The client rates the request: only its own client, only once it is closed, only once.
     *
     * @throws ActionNotPermittedException {@code rate} when the actor is not its client or it is not closed,
     *                                     {@code rate.again} when it was rated already
     */
    public RequestRated.WithRequest rate(Actor actor, Rating rating, Instant at) {
        Objects.requireNonNull(rating, "rating");
        if (!mayRate(actor)) {
            throw new ActionNotPermittedException(clientSide.rating().isPresent() && Party.CLIENT.includes(actor, this)
                    ? "rate.again" : "rate", Optional.of(number));
        }
        RepairRequest next = new RepairRequest(number, equipment, description, client, notes, visit, dispatcher,
                technician, status, longRepair, completion, refusal, createdAt, at, statusSince, version + 1,
                clientSide.rated(rating));
        return new RequestRated.WithRequest(next, new RequestRated(number, rating, actor.id(), at));
    }

    /** @return whether the actor may rate the request now: its client, closed, not rated yet */
    public boolean mayRate(Actor actor) {
        return status == Status.CLOSED && clientSide.rating().isEmpty() && Party.CLIENT.includes(actor, this);
    }

    /** @return whether the actor may change that field now (money: only an admin, only once closed) */
    public boolean mayEdit(Actor actor, EditableField field) {
        if (field.isMoney()) {
            return actor.has(Role.ADMIN) && status == Status.CLOSED;
        }
        if (actor.has(Role.ADMIN)) {
            return true;
        }
        if (status == Status.CLOSED) {
            return false;
        }
        if (actor.has(Role.DISPATCHER)) {
            return true;
        }
        return field.technicianMayEdit() && TECHNICIAN_AT_WORK.contains(status)
                && Party.ASSIGNED_TECHNICIAN.includes(actor, this);
    }

    private RepairRequest withClient(Client newClient, Instant at) {
        return new RepairRequest(number, equipment, description, newClient, notes, visit, dispatcher, technician,
                status, longRepair, completion, refusal, createdAt, at, statusSince, version + 1, clientSide);
    }

    /**
     * @return whether the assigned technician may see the client's phone now (see {@link PhoneVisibility})
     */
    public boolean phoneVisibleToTechnician() {
        return PhoneVisibility.visible(PhoneVisibility.Viewer.ASSIGNED_TECHNICIAN, this);
    }

    /**
     * The ping rule: the office may tell the assigned technician that the client is waiting while the request
     * is still being worked (it has a technician, and is neither closed nor refused).
     *
     * @return whether that actor may ping the technician of this request now
     */
    public boolean mayPing(Actor actor) {
        return actor.isOffice() && technician.isPresent() && !status.isTerminal() && status != Status.REFUSED;
    }
}
