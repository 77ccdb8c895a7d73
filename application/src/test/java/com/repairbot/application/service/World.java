package com.repairbot.application.service;

import com.repairbot.application.ApplicationSettings;
import com.repairbot.application.memory.InMemoryAuditLog;
import com.repairbot.application.memory.InMemoryCardPlacements;
import com.repairbot.application.memory.InMemoryIdempotencyKeys;
import com.repairbot.application.memory.InMemoryOutbox;
import com.repairbot.application.memory.InMemoryRepairRequests;
import com.repairbot.application.memory.InMemoryRequestNumbers;
import com.repairbot.application.memory.InMemoryStaff;
import com.repairbot.application.memory.InMemoryTransactions;
import com.repairbot.application.port.in.AcceptRequestCommand;
import com.repairbot.application.port.in.AssignTechnicianCommand;
import com.repairbot.application.port.in.CompleteRequestCommand;
import com.repairbot.application.port.in.CreateRequestCommand;
import com.repairbot.application.port.in.MarkOnSiteCommand;
import com.repairbot.application.port.in.RefuseRequestCommand;
import com.repairbot.application.port.in.StartLongRepairCommand;
import com.repairbot.application.port.out.AuditEntry;
import com.repairbot.application.port.out.Notification;
import com.repairbot.application.port.out.PendingNotification;
import com.repairbot.application.port.out.RepairRequests;
import com.repairbot.application.port.out.Transactions;
import com.repairbot.application.testing.MutableClock;
import com.repairbot.domain.contact.Address;
import com.repairbot.domain.contact.Client;
import com.repairbot.domain.contact.PersonName;
import com.repairbot.domain.contact.PhoneNumber;
import com.repairbot.domain.money.Money;
import com.repairbot.domain.money.ProfitSplitPolicy;
import com.repairbot.domain.request.EquipmentType;
import com.repairbot.domain.request.HistoryEntry;
import com.repairbot.domain.request.LongRepairPlan;
import com.repairbot.domain.request.Notes;
import com.repairbot.domain.request.ProblemDescription;
import com.repairbot.domain.request.RefusalReason;
import com.repairbot.domain.request.RepairRequest;
import com.repairbot.domain.request.RequestDraft;
import com.repairbot.domain.request.RequestEvent;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.request.Status;
import com.repairbot.domain.staff.ChatId;
import com.repairbot.domain.staff.Person;
import com.repairbot.domain.staff.Role;
import com.repairbot.domain.staff.Specialization;
import com.repairbot.domain.staff.Technician;
import com.repairbot.domain.staff.UserId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * The application wired on its in-memory adapters, with a cast of staff, a hand-moved clock and helpers
 * that bring a request into any status through the services themselves.
 */
final class World {

    static final UserId ADMIN = new UserId(1);
    static final UserId DISPATCHER = new UserId(2);
    static final UserId OTHER_DISPATCHER = new UserId(3);
    static final UserId TECHNICIAN = new UserId(10);
    static final UserId OTHER_TECHNICIAN = new UserId(11);
    static final UserId INACTIVE_TECHNICIAN = new UserId(12);
    static final UserId TECHNICIAN_WITHOUT_GROUP = new UserId(13);
    static final UserId STRANGER = new UserId(99);

    static final ChatId TECHNICIAN_GROUP = new ChatId(-100);
    static final ChatId OTHER_TECHNICIAN_GROUP = new ChatId(-110);
    static final ChatId INACTIVE_TECHNICIAN_GROUP = new ChatId(-120);
    static final ChatId STAFF_GROUP = new ChatId(-500);

    /** 12:00 in Moscow, the business zone of {@link #settings()}. */
    static final Instant START = Instant.parse("2025-03-10T09:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2025, 3, 10);
    static final String CLIENT_PHONE = "+79991234567";

    final MutableClock clock = new MutableClock(START);
    final ApplicationSettings settings;
    final InMemoryRepairRequests storedRequests = new InMemoryRepairRequests();
    final RepairRequests requests;
    final InMemoryRequestNumbers numbers = new InMemoryRequestNumbers();
    final InMemoryIdempotencyKeys keys = new InMemoryIdempotencyKeys();
    final InMemoryStaff staff = new InMemoryStaff();
    final InMemoryCardPlacements placements = new InMemoryCardPlacements();
    final InMemoryAuditLog audit = new InMemoryAuditLog();
    final InMemoryOutbox outbox = new InMemoryOutbox();
    final com.repairbot.application.memory.InMemoryClients clients =
            new com.repairbot.application.memory.InMemoryClients();
    final com.repairbot.application.memory.InMemoryUnreachableChats unreachable =
            new com.repairbot.application.memory.InMemoryUnreachableChats();
    /** What {@link #reachability} told the admins, by chat. */
    final List<java.util.Map.Entry<ChatId, com.repairbot.application.conversation.Outbound>> told =
            new java.util.concurrent.CopyOnWriteArrayList<>();
    final Reachability reachability;
    /** What the lifecycle service told its {@link com.repairbot.application.port.out.RequestEvents}. */
    final List<RequestEvent> events = new java.util.concurrent.CopyOnWriteArrayList<>();
    final Transactions transactions;
    final RequestLifecycleService lifecycle;
    final StaffService staffService;
    final RequestQueryService queries;
    final Authorizer authorizer;

    private final AtomicInteger lastKey = new AtomicInteger();

    /** @return the reachability rule on this world's stores, telling admins through {@code messenger} */
    Reachability reachability(com.repairbot.application.port.out.Messenger messenger) {
        return new Reachability(settings, authorizer, staff, unreachable, messenger, clock);
    }

    /**
     * @return a relay on this world's stores that holds a person's notifications while they answer a dialog kept in
     *         {@code conversations}
     */
    NotificationRelay relayHolding(com.repairbot.application.port.out.Messenger messenger,
                                   com.repairbot.application.port.out.ConversationStore conversations) {
        return new NotificationRelay(settings, outbox, requests, staff, new InMemoryCardPlacements(), messenger, clock,
                reachability(messenger), conversations);
    }

    /** Waits up to 10 s for what the relay's tasks do on their own threads. */
    static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        await(java.time.Duration.ofSeconds(10), condition);
    }

    /** Waits up to {@code longest} for what the relay's tasks do on their own threads. */
    static void await(java.time.Duration longest, java.util.function.BooleanSupplier condition)
            throws InterruptedException {
        long deadline = System.nanoTime() + longest.toNanos();
        while (!condition.getAsBoolean()) {
            org.assertj.core.api.Assertions.assertThat(System.nanoTime()).as("waited too long").isLessThan(deadline);
            Thread.sleep(5);
        }
    }

    World() {
        this(settings(), UnaryOperator.identity(), new InMemoryTransactions());
    }

    World(ApplicationSettings settings) {
        this(settings, UnaryOperator.identity(), new InMemoryTransactions());
    }

    /**
     * @param settings     the configuration
     * @param wrapRequests wraps the stored requests (to interfere between read and write)
     * @param transactions the unit of work
     */
    World(ApplicationSettings settings, UnaryOperator<RepairRequests> wrapRequests, Transactions transactions) {
        this.settings = settings;
        this.requests = wrapRequests.apply(storedRequests);
        this.transactions = transactions;
        this.authorizer = new Authorizer(settings, staff);
        this.lifecycle = new RequestLifecycleService(settings, authorizer, transactions, requests, numbers, keys,
                staff, clients, audit, outbox, events::add, clock);
        this.reachability = reachability((chat, message) -> told.add(java.util.Map.entry(chat, message)));
        this.staffService = new StaffService(settings, authorizer, transactions, staff, placements, audit, clock,
                requests, lifecycle, outbox, reachability);
        this.queries = new RequestQueryService(settings, authorizer, requests, audit, staff, reachability);
        hire(TECHNICIAN, true, Optional.of(TECHNICIAN_GROUP));
        hire(OTHER_TECHNICIAN, true, Optional.of(OTHER_TECHNICIAN_GROUP));
        hire(INACTIVE_TECHNICIAN, false, Optional.of(INACTIVE_TECHNICIAN_GROUP));
        hire(TECHNICIAN_WITHOUT_GROUP, true, Optional.empty());
    }

    /** Admin 1, dispatchers 2 and 3 by configuration; no staff group; Moscow. */
    static ApplicationSettings settings() {
        return ApplicationSettings.defaults(Set.of(ADMIN), Set.of(DISPATCHER, OTHER_DISPATCHER));
    }

    /** As {@link #settings()}, with the staff group configured. */
    static ApplicationSettings settingsWithStaffGroup() {
        return new ApplicationSettings(Set.of(ADMIN), Set.of(DISPATCHER, OTHER_DISPATCHER), Optional.of(STAFF_GROUP),
                EquipmentType.DEFAULTS, ProfitSplitPolicy.defaults(), Duration.ofHours(24), ZoneId.of("Europe/Moscow"),
                10, "");
    }

    /** As {@link #settings()}, with another page size and split policy. */
    static ApplicationSettings settings(int pageSize, ProfitSplitPolicy policy) {
        return new ApplicationSettings(Set.of(ADMIN), Set.of(DISPATCHER, OTHER_DISPATCHER), Optional.empty(),
                EquipmentType.DEFAULTS, policy, Duration.ofHours(24), ZoneId.of("Europe/Moscow"), pageSize, "");
    }

    private void hire(UserId id, boolean active, Optional<ChatId> group) {
        staff.saveTechnician(new Technician(id, PhoneNumber.parse("+7900000" + String.format("%04d", id.value())),
                new Specialization("стиральные машины"), active, group));
        staff.grant(id, Role.TECHNICIAN);
        if (id.equals(TECHNICIAN)) { // as Telegram shows him; the others are known by id only
            staff.savePerson(Person.unknown(id).seenAs("Сергей", "Петров", "", Locale.forLanguageTag("ru")));
        }
    }

    static RequestDraft draft() {
        return draft(Optional.empty());
    }

    static RequestDraft draft(Optional<Notes> notes) {
        return new RequestDraft(new EquipmentType("washing_machine"),
                new ProblemDescription("Не сливает воду, ошибка E21"),
                new Client(new PersonName("Иванов Иван"), new PhoneNumber(CLIENT_PHONE),
                        new Address("г. Москва, ул. Ленина, д. 5, кв. 12")),
                notes, Optional.empty());
    }

    static RefusalReason reason() {
        return new RefusalReason("Клиент передумал");
    }

    static LongRepairPlan plan() {
        return new LongRepairPlan(TODAY.plusDays(7), Optional.of(Money.rubles(1000)), "ТЭН заказан");
    }

    /** @return the client's side of this world, with those client settings */
    ClientService clientService(com.repairbot.application.ClientSettings clientSettings) {
        return new ClientService(settings, clientSettings, authorizer, transactions, requests, numbers, keys, clients,
                staff, audit, outbox, events::add, clock);
    }

    String nextKey() {
        return "key-" + lastKey.incrementAndGet();
    }

    /** A new request entered by {@link #DISPATCHER}. */
    RequestNumber newRequest() {
        return newRequest(draft());
    }

    RequestNumber newRequest(RequestDraft draft) {
        return lifecycle.create(new CreateRequestCommand(DISPATCHER, draft, nextKey())).request().number();
    }

    /**
     * A request entered by {@link #DISPATCHER} and brought, through the service, to the status; assigned
     * to {@link #TECHNICIAN} when it has a technician. REFUSED is an office refusal of a NEW request.
     */
    RequestNumber requestIn(Status status) {
        RequestNumber number = newRequest();
        switch (status) {
            case NEW -> {
            }
            case REFUSED -> lifecycle.refuse(new RefuseRequestCommand(DISPATCHER, number, reason()));
            default -> {
                lifecycle.assign(new AssignTechnicianCommand(DISPATCHER, number, TECHNICIAN));
                if (status != Status.ASSIGNED) {
                    lifecycle.accept(new AcceptRequestCommand(TECHNICIAN, number));
                }
                if (status == Status.ONSITE || status == Status.CLOSED) {
                    lifecycle.markOnSite(new MarkOnSiteCommand(TECHNICIAN, number));
                }
                if (status == Status.LONG_REPAIR) {
                    lifecycle.startLongRepair(new StartLongRepairCommand(TECHNICIAN, number, plan()));
                }
                if (status == Status.CLOSED) {
                    lifecycle.complete(new CompleteRequestCommand(TECHNICIAN, number, Money.rubles(5000),
                            Money.rubles(1000), false, false));
                }
            }
        }
        if (request(number).status() != status) {
            throw new AssertionError("could not bring " + number + " to " + status);
        }
        return number;
    }

    RepairRequest request(RequestNumber number) {
        return storedRequests.find(number).orElseThrow();
    }

    List<HistoryEntry> history(RequestNumber number) {
        return storedRequests.history(number);
    }

    /** @return every audit entry, newest first */
    List<AuditEntry> auditEntries() {
        return audit.latest(Integer.MAX_VALUE);
    }

    /** @return the newest audit entry */
    AuditEntry lastAudit() {
        return audit.latest(1).getFirst();
    }

    /** @return every notification waiting, due or not, in queue order */
    List<PendingNotification> waiting() {
        return outbox.due(Instant.MAX, Integer.MAX_VALUE);
    }

    /** Empties the outbox, so that a test sees only what its own action queues. */
    List<Notification> drainOutbox() {
        List<PendingNotification> all = waiting();
        all.forEach(pending -> outbox.delivered(pending.id()));
        return all.stream().map(PendingNotification::notification).toList();
    }

    /** Everything a refused change must leave untouched. */
    record Snapshot(Optional<RepairRequest> request, List<HistoryEntry> history, List<AuditEntry> audit,
                    List<PendingNotification> outbox, List<Technician> technicians) {
    }

    Snapshot snapshot(RequestNumber number) {
        return new Snapshot(storedRequests.find(number), history(number), auditEntries(), waiting(),
                staff.technicians());
    }

    static ChatId privateChat(UserId user) {
        return new ChatId(user.value());
    }
}
