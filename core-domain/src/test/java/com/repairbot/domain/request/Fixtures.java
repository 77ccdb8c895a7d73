package com.repairbot.domain.request;

import com.repairbot.domain.contact.Address;
import com.repairbot.domain.contact.Client;
import com.repairbot.domain.contact.PersonName;
import com.repairbot.domain.contact.PhoneNumber;
import com.repairbot.domain.money.Money;
import com.repairbot.domain.money.ProfitSplitPolicy;
import com.repairbot.domain.staff.Actor;
import com.repairbot.domain.staff.ChatId;
import com.repairbot.domain.staff.Role;
import com.repairbot.domain.staff.Specialization;
import com.repairbot.domain.staff.Technician;
import com.repairbot.domain.staff.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** Shared test data: one request in any status, the staff around it, and the details each move needs. */
final class Fixtures {

    static final RequestNumber NUMBER = new RequestNumber(123);
    static final Instant CREATED_AT = Instant.parse("2026-11-20T09:00:00Z");
    static final Instant STATUS_SINCE = Instant.parse("2026-11-21T09:00:00Z");
    static final Instant AT = Instant.parse("2026-11-24T10:15:00Z");
    static final long VERSION = 4;

    static final UserId DISPATCHER_ID = new UserId(100);
    static final UserId ADMIN_ID = new UserId(200);
    /** The technician assigned to the fixture request (in every status but NEW). */
    static final UserId TECHNICIAN_ID = new UserId(300);
    /** A technician who has nothing to do with the fixture request. */
    static final UserId OTHER_TECHNICIAN_ID = new UserId(400);
    /** The technician a request is (re)assigned to in the tests. */
    static final UserId NEXT_TECHNICIAN_ID = new UserId(500);

    /** The client linked to the fixture request (no role: a client of the bot). */
    static final UserId CLIENT_ID = new UserId(600);

    static final Actor DISPATCHER = Actor.of(DISPATCHER_ID, Role.DISPATCHER);
    static final Actor CLIENT = Actor.of(CLIENT_ID);
    static final Actor ADMIN = Actor.of(ADMIN_ID, Role.ADMIN);
    static final Actor ASSIGNED_TECHNICIAN = Actor.of(TECHNICIAN_ID, Role.TECHNICIAN);
    static final Actor OTHER_TECHNICIAN = Actor.of(OTHER_TECHNICIAN_ID, Role.TECHNICIAN);

    static final String RAW_PHONE = "+79991234567";
    static final String RAW_NAME = "Иванов Иван";
    static final String RAW_ADDRESS = "г. Москва, ул. Ленина, д. 10, кв. 5";

    private Fixtures() {
    }

    static Client client() {
        return new Client(new PersonName(RAW_NAME), PhoneNumber.parse(RAW_PHONE), new Address(RAW_ADDRESS));
    }

    static RequestDraft draft() {
        return new RequestDraft(new EquipmentType("washing_machine"),
                new ProblemDescription("не сливает воду, гудит"), client(), Optional.of(new Notes("домофон 15")),
                Optional.of(new ScheduledVisit("завтра 10:00", Optional.empty())));
    }

    /** An active technician with a work group: assignable. */
    static Technician technician(UserId id) {
        return Technician.added(id, PhoneNumber.parse("+7 900 000-00-0" + id.value() % 10),
                new Specialization("стиральные машины")).withWorkGroup(new ChatId(-1000 - id.value()));
    }

    static Completion completion() {
        return Completion.of(Money.rubles(10_000), Money.rubles(2_000), true, false, ProfitSplitPolicy.defaults());
    }

    static LongRepairPlan longRepairPlan() {
        return new LongRepairPlan(LocalDate.of(2026, 12, 10), Optional.of(Money.rubles(1_500)), "ждём ТЭН");
    }

    static RefusalReason refusalReason() {
        return new RefusalReason("клиент передумал");
    }

    /**
     * The request in the given status, built with the record constructor: no technician while NEW, the
     * {@link #TECHNICIAN_ID} otherwise, and the data each status holds (plan, money, reason); linked to the
     * {@link #CLIENT_ID}.
     */
    static RepairRequest inStatus(Status status) {
        Optional<UserId> technician = status == Status.NEW ? Optional.empty() : Optional.of(TECHNICIAN_ID);
        Optional<LongRepairPlan> plan = status == Status.LONG_REPAIR ? Optional.of(longRepairPlan()) : Optional.empty();
        Optional<Completion> money = status == Status.CLOSED ? Optional.of(completion()) : Optional.empty();
        Optional<RefusalReason> refusal = status == Status.REFUSED ? Optional.of(refusalReason()) : Optional.empty();
        RequestDraft draft = draft();
        return new RepairRequest(NUMBER, draft.equipment(), draft.description(), draft.client(), draft.notes(),
                draft.visit(), DISPATCHER_ID, technician, status, plan, money, refusal, CREATED_AT, STATUS_SINCE,
                STATUS_SINCE, VERSION, ClientSide.linkedTo(CLIENT_ID));
    }

    /** The details a move into {@code target} needs; an ASSIGNED target gets a technician not yet assigned. */
    static MoveDetails detailsFor(Status target) {
        return switch (target) {
            case ASSIGNED -> new Assignment(technician(NEXT_TECHNICIAN_ID));
            case REFUSED -> refusalReason();
            case LONG_REPAIR -> longRepairPlan();
            case CLOSED -> completion();
            case NEW, ACCEPTED, ONSITE -> MoveDetails.NONE;
        };
    }
}
