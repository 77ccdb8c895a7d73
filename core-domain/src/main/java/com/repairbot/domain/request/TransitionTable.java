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
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The one table of allowed moves (docs/statuses.md). Nothing else in the product decides whether a status may
 * change; screens ask this table which buttons to show.
 */
public final class TransitionTable {

    private static final Set<Party> OFFICE = EnumSet.of(DISPATCHER, ADMIN);
    private static final Set<Party> TECHNICIAN = EnumSet.of(ASSIGNED_TECHNICIAN, ADMIN);
    private static final Set<Party> THE_CLIENT = EnumSet.of(CLIENT);

    private static final List<Transition> ROWS = List.of(
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
            new Transition(REFUSED, NEW, "reopen", OFFICE, Requirement.NONE));

    private TransitionTable() {
    }

    /** @return every row, in the order of docs/statuses.md */
    public static List<Transition> rows() {
        return ROWS;
    }

    /** @return the row for this move, if the move exists at all */
    public static Optional<Transition> find(Status from, Status to) {
        return ROWS.stream().filter(row -> row.from() == from && row.to() == to).findFirst();
    }

    /**
     * @return the row this actor would use for the move from {@code from} to {@code to} (two rows may share both
     *         statuses for different parties: the office refuses a NEW request, its client cancels it)
     */
    public static Optional<Transition> find(Status from, Status to, Actor actor, RepairRequest request) {
        return ROWS.stream().filter(row -> row.from() == from && row.to() == to && row.permits(actor, request))
                .findFirst();
    }

    /** @return the rows leaving {@code from}, whoever may make them */
    public static List<Transition> from(Status from) {
        return ROWS.stream().filter(row -> row.from() == from).toList();
    }

    /** @return the rows leaving the request's current status that this actor may make */
    public static List<Transition> available(Actor actor, RepairRequest request) {
        return ROWS.stream()
                .filter(row -> row.from() == request.status() && row.permits(actor, request))
                .toList();
    }

    /** @return the statuses this actor may move the request to */
    public static Set<Status> targets(Actor actor, RepairRequest request) {
        Set<Status> targets = EnumSet.noneOf(Status.class);
        available(actor, request).forEach(row -> targets.add(row.to()));
        return targets;
    }
}
