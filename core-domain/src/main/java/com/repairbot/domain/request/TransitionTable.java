package com.repairbot.domain.request;

import static com.repairbot.domain.request.Party.ADMIN;
import static com.repairbot.domain.request.Party.ASSIGNED_TECHNICIAN;
import static com.repairbot.domain.request.Party.CLIENT;
import static com.repairbot.domain.request.Party.DISPATCHER;
import static com.repairbot.domain.request.Status.ACCEPTED;
import static com.repairbot.domain.request.Status.ASSIGNED;
import static com.repairbot.domain.request.Status.CLOSED;
import static com.repairbot.domain.request.Status.LONG_REPAIR;
import static com.repairbot.domain.request.Status.NEW;
import static com.repairbot.domain.request.Status.ONSITE;
import static com.repairbot.domain.request.Status.REFUSED;

import com.repairbot.domain.staff.Actor;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one table of allowed moves (docs/statuses.md). Nothing else in the product decides whether a status may
 * change. A move is named by its row's intent ({@code decline}, {@code refuse}, {@code unassign}, {@code reopen}, …):
 * the row says from which status, to which, who may make it and what data it needs, and the screens, the dialogs and
 * the use case follow from it (ADR 0004).
 *
 * <p>Rules every table keeps, checked when it is made: an intent leaves a status by at most one row, and every row
 * of an intent leads to the same status (so an intent has one target).
 */
public final class TransitionTable {

    private static final Set<Party> OFFICE = EnumSet.of(DISPATCHER, ADMIN);
    private static final Set<Party> TECHNICIAN = EnumSet.of(ASSIGNED_TECHNICIAN, ADMIN);
    private static final Set<Party> THE_CLIENT = EnumSet.of(CLIENT);

    private static final TransitionTable STANDARD = new TransitionTable(List.of(
            new Transition(NEW, ASSIGNED, "assign", OFFICE, Requirement.TECHNICIAN),
            new Transition(NEW, REFUSED, "refuse", OFFICE, Requirement.REASON),
            new Transition(NEW, REFUSED, "cancel", THE_CLIENT, Requirement.OPTIONAL_REASON),
            new Transition(ASSIGNED, ASSIGNED, "reassign", OFFICE, Requirement.TECHNICIAN),
            new Transition(ASSIGNED, ACCEPTED, "accept", TECHNICIAN, Requirement.NONE),
            new Transition(ASSIGNED, REFUSED, "decline", TECHNICIAN, Requirement.REASON),
            new Transition(ASSIGNED, REFUSED, "cancel", THE_CLIENT, Requirement.OPTIONAL_REASON),
            new Transition(ASSIGNED, NEW, "unassign", OFFICE, Requirement.NONE),
            new Transition(ACCEPTED, ONSITE, "onsite", TECHNICIAN, Requirement.NONE),
            new Transition(ACCEPTED, LONG_REPAIR, "long_repair", TECHNICIAN, Requirement.LONG_REPAIR),
            new Transition(ACCEPTED, REFUSED, "refuse", OFFICE, Requirement.REASON),
            new Transition(ONSITE, CLOSED, "complete", TECHNICIAN, Requirement.COMPLETION),
            new Transition(ONSITE, LONG_REPAIR, "long_repair", TECHNICIAN, Requirement.LONG_REPAIR),
            new Transition(LONG_REPAIR, CLOSED, "complete", TECHNICIAN, Requirement.COMPLETION),
            new Transition(LONG_REPAIR, ONSITE, "onsite", TECHNICIAN, Requirement.NONE),
            new Transition(REFUSED, NEW, "reopen", OFFICE, Requirement.NONE)));

    private final List<Transition> rows;
    private final Map<String, Status> targets = new HashMap<>();
    private final Map<String, Requirement> requirements = new HashMap<>();

    private TransitionTable(List<Transition> rows) {
        this.rows = List.copyOf(rows);
        Set<String> leaving = new java.util.HashSet<>();
        for (Transition row : this.rows) {
            if (!leaving.add(row.from() + " " + row.action())) {
                throw new IllegalArgumentException("two rows of '" + row.action() + "' leave " + row.from());
            }
            Status earlier = targets.putIfAbsent(row.action(), row.to());
            if (earlier != null && earlier != row.to()) {
                throw new IllegalArgumentException("'" + row.action() + "' leads to " + earlier + " and " + row.to());
            }
            Requirement needs = requirements.putIfAbsent(row.action(), row.requirement());
            if (needs != null && needs != row.requirement()) {
                throw new IllegalArgumentException("'" + row.action() + "' needs " + needs + " and " + row.requirement());
            }
        }
    }

    /** @return the product's table */
    public static TransitionTable standard() {
        return STANDARD;
    }

    /** @return a table of these rows (an embedder's, or a test's) */
    public static TransitionTable of(List<Transition> rows) {
        return new TransitionTable(rows);
    }

    /** @return this table with one more row */
    public TransitionTable with(Transition row) {
        List<Transition> more = new ArrayList<>(rows);
        more.add(row);
        return new TransitionTable(more);
    }

    /** @return every row, in the order of docs/statuses.md */
    public List<Transition> rows() {
        return rows;
    }

    /** @return the row for this move by its statuses, if the move exists at all */
    public Optional<Transition> find(Status from, Status to) {
        return rows.stream().filter(row -> row.from() == from && row.to() == to).findFirst();
    }

    /** @return the row of this intent leaving {@code from}, if there is one */
    public Optional<Transition> find(Status from, String intent) {
        return rows.stream().filter(row -> row.from() == from && row.action().equals(intent)).findFirst();
    }

    /** @return the status an intent leads to; empty for a name that is no intent of this table */
    public Optional<Status> target(String intent) {
        return Optional.ofNullable(targets.get(intent));
    }

    /** @return what data an intent needs; empty for a name that is no intent of this table */
    public Optional<Requirement> requirement(String intent) {
        return Optional.ofNullable(requirements.get(intent));
    }

    /** @return every intent, in the order of their first rows */
    public List<String> intents() {
        Set<String> intents = new LinkedHashSet<>();
        rows.forEach(row -> intents.add(row.action()));
        return List.copyOf(intents);
    }

    /**
     * @return the row this actor would use for the move from {@code from} to {@code to} (two rows may share both
     *         statuses for different parties: the office refuses a NEW request, its client cancels it)
     */
    public Optional<Transition> find(Status from, Status to, Actor actor, RepairRequest request) {
        return rows.stream().filter(row -> row.from() == from && row.to() == to && row.permits(actor, request))
                .findFirst();
    }

    /** @return the rows leaving {@code from}, whoever may make them */
    public List<Transition> from(Status from) {
        return rows.stream().filter(row -> row.from() == from).toList();
    }

    /** @return the rows leaving the request's current status that this actor may make */
    public List<Transition> available(Actor actor, RepairRequest request) {
        return rows.stream()
                .filter(row -> row.from() == request.status() && row.permits(actor, request))
                .toList();
    }

    /** @return the statuses this actor may move the request to */
    public Set<Status> targets(Actor actor, RepairRequest request) {
        Set<Status> targets = EnumSet.noneOf(Status.class);
        available(actor, request).forEach(row -> targets.add(row.to()));
        return targets;
    }

    /**
     * @return why this actor may not make this intent on the request now: the table has no such row from its status
     *         ({@link IllegalTransitionException}) or the actor is not one of its parties
     *         ({@link MoveNotPermittedException}); empty when the actor may make it
     * @throws IllegalArgumentException for a name that is no intent of this table
     */
    public Optional<TransitionRefusedException> refusal(Actor actor, RepairRequest request, String intent) {
        Status target = target(intent).orElseThrow(() -> new IllegalArgumentException("no move named " + intent));
        Optional<Transition> row = find(request.status(), intent);
        if (row.isEmpty()) {
            return Optional.of(new IllegalTransitionException(request.number(), request.status(), target,
                    targets(actor, request)));
        }
        if (!row.get().permits(actor, request)) {
            return Optional.of(new MoveNotPermittedException(request.number(), request.status(), target,
                    targets(actor, request)));
        }
        return Optional.empty();
    }
}
