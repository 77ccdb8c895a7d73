package com.repairbot.application.service;

import com.repairbot.application.ApplicationSettings;
import com.repairbot.application.port.in.AddTechnicianCommand;
import com.repairbot.application.port.in.AddTechnicianUseCase;
import com.repairbot.application.port.in.BindWorkGroupCommand;
import com.repairbot.application.port.in.BindWorkGroupUseCase;
import com.repairbot.application.port.in.GrantRoleCommand;
import com.repairbot.application.port.in.GrantRoleUseCase;
import com.repairbot.application.port.in.ListTechniciansQuery;
import com.repairbot.application.port.in.ListTechniciansUseCase;
import com.repairbot.application.port.in.MoveWorkGroupCommand;
import com.repairbot.application.port.in.MoveWorkGroupUseCase;
import com.repairbot.application.port.in.RevokeRoleCommand;
import com.repairbot.application.port.in.RevokeRoleUseCase;
import com.repairbot.application.port.in.RoleResult;
import com.repairbot.application.port.in.SetTechnicianActiveCommand;
import com.repairbot.application.port.in.SetTechnicianActiveUseCase;
import com.repairbot.application.port.in.TechnicianNotFoundException;
import com.repairbot.application.port.in.TechnicianResult;
import com.repairbot.application.port.in.TechniciansView;
import com.repairbot.application.port.in.MoveWorkGroupResult;
import com.repairbot.application.port.out.AuditEntry;
import com.repairbot.application.port.out.AuditLog;
import com.repairbot.application.port.out.CardPlacements;
import com.repairbot.application.port.out.Staff;
import com.repairbot.application.port.out.Transactions;
import com.repairbot.domain.staff.Actor;
import com.repairbot.domain.staff.Person;
import com.repairbot.domain.staff.Role;
import com.repairbot.domain.staff.Technician;
import com.repairbot.domain.staff.UserId;
import com.repairbot.application.port.in.ConfiguredRoleException;
import com.repairbot.application.port.in.OpenRequests;
import com.repairbot.application.port.in.TechnicianExistsException;
import com.repairbot.application.port.in.UnassignTechnicianCommand;
import com.repairbot.application.port.in.UnassignTechnicianUseCase;
import com.repairbot.application.port.in.WorkGroupTakenException;
import com.repairbot.application.port.out.Outbox;
import com.repairbot.application.port.out.RepairRequests;
import com.repairbot.domain.request.RepairRequest;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.request.Status;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Staff management (admin): technicians, their work groups and roles; and following a work group that Telegram
 * upgraded to a supergroup (system).
 */
public final class StaffService implements AddTechnicianUseCase, SetTechnicianActiveUseCase, BindWorkGroupUseCase,
        GrantRoleUseCase, RevokeRoleUseCase, ListTechniciansUseCase, MoveWorkGroupUseCase {

    /** The statuses in which a request is still its technician's to work. */
    private static final Set<Status> STILL_HIS = EnumSet.of(Status.ASSIGNED, Status.ACCEPTED, Status.ONSITE,
            Status.LONG_REPAIR);

    private final ApplicationSettings settings;
    private final Transactions transactions;
    private final Staff staff;
    private final CardPlacements placements;
    private final AuditLog audit;
    private final Clock clock;
    private final Authorizer authorizer;
    private final RepairRequests requests;
    private final UnassignTechnicianUseCase unassign;
    private final Outbox outbox;
    private final Reachability reachability;
    private final NotificationPolicy notifications;

    /**
     * Wires the service to its ports.
     *
     * @param requests to find the requests still a deactivated technician's
     * @param unassign returns them to NEW (inside the deactivation's transaction)
     * @param outbox   where the office is told of them
     */
    public StaffService(ApplicationSettings settings, Authorizer authorizer, Transactions transactions, Staff staff,
                        CardPlacements placements, AuditLog audit, Clock clock, RepairRequests requests,
                        UnassignTechnicianUseCase unassign, Outbox outbox, Reachability reachability) {
        this.reachability = reachability;
        this.settings = settings;
        this.transactions = transactions;
        this.staff = staff;
        this.placements = placements;
        this.audit = audit;
        this.clock = clock;
        this.authorizer = authorizer;
        this.requests = requests;
        this.unassign = unassign;
        this.outbox = outbox;
        this.notifications = new NotificationPolicy(settings, authorizer, staff);
    }

    @Override
    public TechnicianResult addTechnician(AddTechnicianCommand command) {
        return transactions.write(() -> {
            Actor admin = authorizer.require(command.actor(), "technician.add", Role.ADMIN);
            Optional<Technician> existing = staff.technician(command.technician());
            if (existing.isPresent() && !command.changeExisting()) {
                throw new TechnicianExistsException(existing.get());
            }
            Technician technician = existing
                    .map(t -> new Technician(t.id(), command.phone(), command.specialization(), t.active(),
                            t.workGroup()))
                    .orElseGet(() -> Technician.added(command.technician(), command.phone(),
                            command.specialization()));
            staff.saveTechnician(technician);
            staff.grant(technician.id(), Role.TECHNICIAN);
            if (!command.name().isBlank()) {
                staff.savePerson(staff.person(technician.id()).orElseGet(() -> Person.unknown(technician.id()))
                        .named(command.name()));
            }
            record(admin, existing.isPresent() ? "technician.update" : "technician.add", technician.id(),
                    technician.specialization().value());
            return new TechnicianResult(technician, true);
        });
    }

    @Override
    public TechnicianResult setActive(SetTechnicianActiveCommand command) {
        if (command.active()) {
            return changeTechnician(command.actor(), command.technician(), "technician.activate",
                    t -> t.withActive(true));
        }
        return transactions.write(() -> {
            authorizer.require(command.actor(), "technician.deactivate", Role.ADMIN);
            Technician before = staff.technician(command.technician())
                    .orElseThrow(() -> new TechnicianNotFoundException(command.technician()));
            List<RepairRequest> open = openRequests(before.id());
            if (before.active() && !open.isEmpty() && command.openRequests() == OpenRequests.ASK) {
                return new TechnicianResult(before, false, open, List.of());
            }
            List<RequestNumber> unassigned = new ArrayList<>();
            if (command.openRequests() == OpenRequests.UNASSIGN) {
                for (RepairRequest request : open) {
                    if (request.status() == Status.ASSIGNED) {
                        unassignAtDeactivation(command.actor(), request);
                        unassigned.add(request.number());
                    }
                }
            }
            TechnicianResult changed = changeTechnician(command.actor(), command.technician(),
                    "technician.deactivate", t -> t.withActive(false), unassigned.isEmpty() ? ""
                            : "unassigned " + unassigned.stream().map(RequestNumber::toString)
                            .collect(Collectors.joining(", ")));
            return new TechnicianResult(changed.technician(), changed.changed() || !unassigned.isEmpty(),
                    openRequests(before.id()), unassigned);
        });
    }

    /** @return the requests assigned to that technician and neither closed nor refused, by number */
    private List<RepairRequest> openRequests(UserId technician) {
        int count = requests.countAssignedTo(technician, STILL_HIS);
        return count == 0 ? List.of() : requests.assignedTo(technician, STILL_HIS, 0, count).stream()
                .sorted(Comparator.comparingLong(request -> request.number().value())).toList();
    }

    /** The ordinary unassign move, and every dispatcher told that the request is back in the pool. */
    private void unassignAtDeactivation(UserId admin, RepairRequest request) {
        RepairRequest back = unassign.unassign(new UnassignTechnicianCommand(admin, request.number())).request();
        Instant now = clock.instant();
        notifications.backInPool(back, admin).forEach(notification -> outbox.enqueue(notification, now));
    }

    @Override
    public TechnicianResult bind(BindWorkGroupCommand command) {
        return transactions.write(() -> {
            authorizer.require(command.actor(), "technician.bind_group", Role.ADMIN);
            List<UserId> owners = staff.technicians().stream()
                    .filter(t -> !t.id().equals(command.technician()))
                    .filter(t -> t.workGroup().filter(command.group()::equals).isPresent())
                    .map(Technician::id).toList();
            if (!owners.isEmpty() && !command.share()) {
                throw new WorkGroupTakenException(command.group(), owners);
            }
            return changeTechnician(command.actor(), command.technician(), "technician.bind_group",
                    t -> t.withWorkGroup(command.group()), "group " + command.group()
                            + (owners.isEmpty() ? "" : " shared with " + owners));
        });
    }

    private TechnicianResult changeTechnician(UserId actorId, UserId id, String action,
                                              UnaryOperator<Technician> change) {
        return changeTechnician(actorId, id, action, change, "");
    }

    private TechnicianResult changeTechnician(UserId actorId, UserId id, String action,
                                              UnaryOperator<Technician> change, String details) {
        return transactions.write(() -> {
            Actor admin = authorizer.require(actorId, action, Role.ADMIN);
            Technician before = staff.technician(id).orElseThrow(() -> new TechnicianNotFoundException(id));
            Technician after = change.apply(before);
            if (after.equals(before)) {
                return new TechnicianResult(before, false);
            }
            staff.saveTechnician(after);
            record(admin, action, id, details);
            return new TechnicianResult(after, true);
        });
    }

    @Override
    public RoleResult grant(GrantRoleCommand command) {
        return transactions.write(() -> {
            Actor admin = authorizer.require(command.actor(), "role.grant", Role.ADMIN);
            // configured or granted: a deactivated technician still holds the role they would be granted
            boolean changed = !authorizer.configuredRoles(command.user()).contains(command.role())
                    && !staff.grantedRoles(command.user()).contains(command.role());
            if (changed) {
                staff.grant(command.user(), command.role());
                record(admin, "role.grant", command.user(), command.role().name());
            }
            return new RoleResult(command.user(), authorizer.actorOf(command.user()).roles(), changed);
        });
    }

    @Override
    public RoleResult revoke(RevokeRoleCommand command) {
        return transactions.write(() -> {
            Actor admin = authorizer.require(command.actor(), "role.revoke", Role.ADMIN);
            if (authorizer.configuredRoles(command.user()).contains(command.role())) {
                // roles from ADMIN_IDS / DISPATCHER_IDS are the operator's, not the product's to take away
                throw new ConfiguredRoleException(command.user(), command.role());
            }
            boolean changed = staff.grantedRoles(command.user()).contains(command.role());
            if (changed) {
                staff.revoke(command.user(), command.role());
                record(admin, "role.revoke", command.user(), command.role().name());
            }
            return new RoleResult(command.user(), authorizer.actorOf(command.user()).roles(), changed);
        });
    }

    @Override
    public TechniciansView technicians(ListTechniciansQuery query) {
        authorizer.requireOffice(query.actor(), "technician.list");
        List<Technician> shown = staff.technicians().stream()
                .filter(t -> !query.assignableOnly() || t.assignable()).toList();
        return new TechniciansView(shown, shown.stream().flatMap(t -> reachability.of(t).stream()).distinct().toList());
    }

    @Override
    public MoveWorkGroupResult move(MoveWorkGroupCommand command) {
        return transactions.write(() -> {
            List<Technician> bound = staff.technicians().stream()
                    .filter(t -> t.workGroup().filter(command.from()::equals).isPresent()).toList();
            for (Technician technician : bound) {
                staff.saveTechnician(technician.withWorkGroup(command.to()));
            }
            // a card in the old chat can never be edited again; the relay posts a new one where the group is now
            int forgotten = placements.forgetChat(command.from());
            MoveWorkGroupResult moved = new MoveWorkGroupResult(bound.stream().map(Technician::id).toList(), forgotten,
                    settings.staffGroup().filter(command.from()::equals).isPresent());
            if (moved.changed()) {
                audit.record(new AuditEntry(clock.instant(), command.system(), "work_group.move", Optional.empty(),
                        "chat " + command.from() + " -> " + command.to() + ", technicians " + moved.rebound().size()
                                + ", cards " + forgotten));
            }
            return moved;
        });
    }

    private void record(Actor admin, String action, UserId subject, String details) {
        audit.record(new AuditEntry(clock.instant(), admin.id(), action, Optional.empty(),
                "user " + subject + (details.isEmpty() ? "" : " " + details)));
    }
}
