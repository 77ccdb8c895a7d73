package com.repairbot.application.port.in;

import com.repairbot.domain.contact.Address;
import com.repairbot.domain.money.Money;
import com.repairbot.domain.request.Completion;
import com.repairbot.domain.request.EquipmentType;
import com.repairbot.domain.request.LongRepairPlan;
import com.repairbot.domain.request.Party;
import com.repairbot.domain.request.ProblemDescription;
import com.repairbot.domain.request.Rating;
import com.repairbot.domain.request.RefusalReason;
import com.repairbot.domain.request.RepairRequest;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.request.ScheduledVisit;
import com.repairbot.domain.request.Status;
import com.repairbot.domain.request.TransitionTable;
import com.repairbot.domain.staff.Actor;
import com.repairbot.domain.staff.UserId;
import com.repairbot.domain.staff.Person;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A request as its client sees it: made from the request field by field, so that what the office keeps to itself
 * (notes, the money split, the technician's phone, the history) is not in it at all.
 *
 * @param number      the request
 * @param equipment   the appliance
 * @param description what the client said is wrong
 * @param address     where the technician goes
 * @param status      where it stands
 * @param technician  the assigned technician's first name (empty text when no name is known); empty: none
 * @param visit       the visit time, when agreed
 * @param expectedBy  when a long repair should be done, while it is under way
 * @param total       the total to pay, once done
 * @param reason      why it was refused or cancelled, when a reason was given
 * @param cancelled   whether the client cancelled it
 * @param photos      how many photos the client sent
 * @param rating      the client's rating, once given
 * @param mayCancel   whether the client may cancel it now (NEW or ASSIGNED)
 * @param mayRate     whether the client may rate it now (closed, not rated yet)
 * @param createdAt   when it was entered
 */
public record ClientRequestView(RequestNumber number, EquipmentType equipment, ProblemDescription description,
                                Address address, Status status, Optional<String> technician, Optional<ScheduledVisit> visit,
                                Optional<LocalDate> expectedBy, Optional<Money> total, Optional<String> reason,
                                boolean cancelled, int photos, Optional<Rating> rating, boolean mayCancel,
                                boolean mayRate, Instant createdAt) {

    public ClientRequestView {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(status, "status");
    }

    /** @return the request as that client sees it, with what they may do with it now by the table's moves */
    public static ClientRequestView of(RepairRequest request, Actor client, TransitionTable moves,
                                       Function<UserId, Optional<Person>> people) {
        boolean mayCancel = moves.available(client, request).stream()
                .anyMatch(row -> row.to() == Status.REFUSED && row.parties().contains(Party.CLIENT));
        return new ClientRequestView(request.number(), request.equipment(), request.description(),
                request.client().address(), request.status(),
                request.technician().map(id -> people.apply(id).flatMap(Person::firstNameOnly).orElse("")),
                request.visit(),
                request.longRepair().filter(plan -> request.status() == Status.LONG_REPAIR)
                        .map(LongRepairPlan::expectedBy),
                request.completion().map(Completion::total), request.refusal().map(RefusalReason::value),
                request.clientSide().cancelled(), request.clientSide().photos().size(), request.clientSide().rating(),
                mayCancel, request.mayRate(client), request.createdAt());
    }
}
