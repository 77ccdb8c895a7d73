package com.repairbot.application.testing;

import com.repairbot.domain.contact.Address;
import com.repairbot.domain.contact.Client;
import com.repairbot.domain.contact.PersonName;
import com.repairbot.domain.contact.PhoneNumber;
import com.repairbot.domain.money.Money;
import com.repairbot.domain.money.ProfitSplitPolicy;
import com.repairbot.domain.request.ClientSide;
import com.repairbot.domain.request.Completion;
import com.repairbot.domain.request.EquipmentType;
import com.repairbot.domain.request.LongRepairPlan;
import com.repairbot.domain.request.Notes;
import com.repairbot.domain.request.ProblemDescription;
import com.repairbot.domain.request.RefusalReason;
import com.repairbot.domain.request.RepairRequest;
import com.repairbot.domain.request.RequestDraft;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.request.ScheduledVisit;
import com.repairbot.domain.request.Status;
import com.repairbot.domain.staff.UserId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Valid repair requests and drafts for tests, with the few things a test cares about set and the rest
 * plausible. Shipped in the test-jar.
 *
 * <pre>{@code
 * RepairRequest fresh = Requests.request(7).build();                        // NEW, no technician
 * RepairRequest taken = Requests.request(8).status(Status.ACCEPTED).build(); // technician TECHNICIAN
 * RepairRequest mine  = Requests.request(9).status(Status.ONSITE).technician(new UserId(42)).build();
 * RequestDraft draft  = Requests.draft("+79990000001");
 * }</pre>
 *
 * <p>A built request is consistent with its status, as the domain would leave it: a technician from
 * ASSIGNED on (until the status goes back to NEW), a {@link LongRepairPlan} when LONG_REPAIR, a
 * {@link Completion} when CLOSED, a {@link RefusalReason} when REFUSED. Its {@code createdAt} is
 * {@link #EPOCH} plus its number in minutes, so a higher number is also a newer request.
 */
public final class Requests {

    /** Base of every default timestamp. */
    public static final Instant EPOCH = Instant.parse("2025-03-01T09:00:00Z");
    /** The default client phone. */
    public static final PhoneNumber PHONE = new PhoneNumber("+79991234567");
    /** The default dispatcher who entered the request. */
    public static final UserId DISPATCHER = new UserId(100);
    /** The default technician of a request that has one. */
    public static final UserId TECHNICIAN = new UserId(200);

    private static final Set<Status> WITH_TECHNICIAN =
            EnumSet.of(Status.ASSIGNED, Status.ACCEPTED, Status.ONSITE, Status.LONG_REPAIR, Status.CLOSED);

    private Requests() {
    }

    /** @return a builder of request {@code #number}: NEW, version 1, default client, no notes, no visit */
    public static Builder request(long number) {
        return new Builder(new RequestNumber(number));
    }

    /** @return a valid draft with the default client */
    public static RequestDraft draft() {
        return draft(PHONE);
    }

    /** @return a valid draft whose client has that phone (E.164, e.g. {@code +79990000001}) */
    public static RequestDraft draft(String phone) {
        return draft(new PhoneNumber(phone));
    }

    /** @return a valid draft whose client has that phone */
    public static RequestDraft draft(PhoneNumber phone) {
        return new RequestDraft(new EquipmentType("washing_machine"),
                new ProblemDescription("Не сливает воду, гудит"),
                new Client(new PersonName("Иванов Иван"), phone, new Address("г. Москва, ул. Ленина, д. 1, кв. 5")),
                Optional.empty(), Optional.empty());
    }

    /** @return a completion of 10 000 ₽ with 1 500 ₽ of materials, split by the default policy */
    public static Completion completion() {
        return Completion.of(Money.rubles(10_000), Money.rubles(1_500), true, false, ProfitSplitPolicy.defaults());
    }

    /** Builds one request; every setter returns the builder. Not thread-safe, use one per request. */
    public static final class Builder {

        private final RequestNumber number;
        private RequestDraft draft = Requests.draft();
        private Status status = Status.NEW;
        private Optional<UserId> technician;
        private Optional<LongRepairPlan> longRepair;
        private Optional<Completion> completion;
        private Optional<RefusalReason> refusal;
        private UserId dispatcher = DISPATCHER;
        private Instant createdAt;
        private Instant updatedAt;
        private long version = 1;
        private ClientSide clientSide = ClientSide.NONE;

        private Builder(RequestNumber number) {
            this.number = number;
            this.createdAt = EPOCH.plus(Duration.ofMinutes(number.value()));
        }

        /** Sets the status; the data that status needs is filled in unless set explicitly. */
        public Builder status(Status newStatus) {
            this.status = newStatus;
            return this;
        }

        /** Sets the assigned technician (also for a NEW request, should a test need that). */
        public Builder technician(UserId id) {
            this.technician = Optional.of(id);
            return this;
        }

        /** Leaves the request without a technician whatever its status. */
        public Builder noTechnician() {
            this.technician = Optional.empty();
            return this;
        }

        /** Sets the client's phone (E.164, e.g. {@code +79990000001}). */
        public Builder phone(String phone) {
            return phone(new PhoneNumber(phone));
        }

        /** Sets the client's phone. */
        public Builder phone(PhoneNumber phone) {
            Client client = draft.client();
            return client(new Client(client.name(), phone, client.address()));
        }

        /** Sets the client. */
        public Builder client(Client client) {
            draft = new RequestDraft(draft.equipment(), draft.description(), client, draft.notes(), draft.visit());
            return this;
        }

        /** Sets the equipment, description, client, notes and visit at once. */
        public Builder draft(RequestDraft newDraft) {
            this.draft = newDraft;
            return this;
        }

        /** Sets the problem description (10–500 characters). */
        public Builder description(String text) {
            draft = new RequestDraft(draft.equipment(), new ProblemDescription(text), draft.client(), draft.notes(),
                    draft.visit());
            return this;
        }

        /** Sets the notes (1–1000 characters). */
        public Builder notes(String text) {
            draft = new RequestDraft(draft.equipment(), draft.description(), draft.client(),
                    Optional.of(new Notes(text)), draft.visit());
            return this;
        }

        /** Sets the scheduled visit. */
        public Builder visit(ScheduledVisit visit) {
            draft = new RequestDraft(draft.equipment(), draft.description(), draft.client(), draft.notes(),
                    Optional.of(visit));
            return this;
        }

        /** Sets the long-repair plan (kept whatever the status, as after LONG_REPAIR → CLOSED). */
        public Builder longRepair(LongRepairPlan plan) {
            this.longRepair = Optional.of(plan);
            return this;
        }

        /** Sets the money of the completion. */
        public Builder completion(Completion money) {
            this.completion = Optional.of(money);
            return this;
        }

        /** Sets the refusal reason (3–500 characters). */
        public Builder refusal(String reason) {
            this.refusal = Optional.of(new RefusalReason(reason));
            return this;
        }

        /** Sets who entered the request. */
        public Builder dispatcher(UserId id) {
            this.dispatcher = id;
            return this;
        }

        /** Sets when it was entered; also its last change unless {@link #updatedAt} is set. */
        public Builder createdAt(Instant at) {
            this.createdAt = at;
            return this;
        }

        /** Sets when it last changed (also when it entered its status). */
        public Builder updatedAt(Instant at) {
            this.updatedAt = at;
            return this;
        }

        /** Sets the version (1 when created, +1 per change). */
        public Builder version(long newVersion) {
            this.version = newVersion;
            return this;
        }

        /** Sets the client's side (linked account, from a client, photos, rating, cancel). */
        public Builder clientSide(ClientSide side) {
            this.clientSide = side;
            return this;
        }

        /** @return the request */
        public RepairRequest build() {
            Optional<UserId> assigned = technician != null ? technician
                    : WITH_TECHNICIAN.contains(status) ? Optional.of(TECHNICIAN) : Optional.empty();
            Optional<LongRepairPlan> plan = longRepair != null ? longRepair
                    : status == Status.LONG_REPAIR
                            ? Optional.of(new LongRepairPlan(LocalDate.of(2025, 3, 20), Optional.empty(), "насос"))
                            : Optional.empty();
            Optional<Completion> money = completion != null ? completion
                    : status == Status.CLOSED ? Optional.of(Requests.completion()) : Optional.empty();
            Optional<RefusalReason> reason = refusal != null ? refusal
                    : status == Status.REFUSED ? Optional.of(new RefusalReason("Клиент передумал"))
                            : Optional.empty();
            Instant changed = updatedAt != null ? updatedAt : createdAt;
            return new RepairRequest(number, draft.equipment(), draft.description(), draft.client(), draft.notes(),
                    draft.visit(), dispatcher, assigned, status, plan, money, reason, createdAt, changed, changed,
                    version, clientSide);
        }
    }
}
