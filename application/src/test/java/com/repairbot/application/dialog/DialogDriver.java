package com.repairbot.application.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.application.ApplicationSettings;
import com.repairbot.application.assembly.Core;
import com.repairbot.application.assembly.Reporting;
import com.repairbot.application.assembly.ScheduleSettings;
import com.repairbot.application.testing.LinesOfCells;
import java.nio.file.Path;
import com.repairbot.application.assembly.Stores;
import com.repairbot.application.conversation.CallbackData;
import com.repairbot.application.conversation.Inbound;
import com.repairbot.application.conversation.Input;
import com.repairbot.application.conversation.Option;
import com.repairbot.application.conversation.Outbound;
import com.repairbot.application.conversation.Profile;
import com.repairbot.application.memory.InMemoryAuditLog;
import com.repairbot.application.memory.InMemoryConversationStore;
import com.repairbot.application.memory.InMemoryIdempotencyKeys;
import com.repairbot.application.memory.InMemoryOutbox;
import com.repairbot.application.memory.InMemoryRepairRequests;
import com.repairbot.application.memory.InMemoryRequestNumbers;
import com.repairbot.application.memory.InMemoryStaff;
import com.repairbot.application.memory.InMemoryTransactions;
import com.repairbot.application.port.out.Conversation;
import com.repairbot.application.port.out.ConversationKey;
import com.repairbot.application.port.out.ConversationStore;
import com.repairbot.application.service.NotificationRelay;
import com.repairbot.application.port.out.Notification;
import com.repairbot.application.port.out.PendingNotification;
import com.repairbot.application.testing.MutableClock;
import com.repairbot.application.text.Messages;
import com.repairbot.domain.contact.PhoneNumber;
import com.repairbot.domain.request.EquipmentType;
import com.repairbot.domain.request.RepairRequest;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.request.Status;
import com.repairbot.domain.staff.ChatId;
import com.repairbot.domain.staff.Person;
import com.repairbot.domain.staff.Role;
import com.repairbot.domain.staff.Specialization;
import com.repairbot.domain.staff.Technician;
import com.repairbot.domain.staff.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Drives a real {@link DialogEngine}, wired with the real services and the in-memory adapters, the way a
 * channel would: every call is one {@link Inbound} from a person in their private chat (chat id = user id),
 * and the replies are kept for the next look.
 */
final class DialogDriver {

    /** Tuesday 10 March 2026, 12:00 in Moscow. */
    static final Instant START = Instant.parse("2026-03-10T09:00:00Z");
    static final long ADMIN = 100;
    static final long DISPATCHER = 200;
    static final long TECHNICIAN = 300;
    static final long TECHNICIAN_GROUP = -1001234567890L;
    static final long OTHER_TECHNICIAN = 301;
    static final long OTHER_GROUP = -1009876543210L;
    static final long STRANGER = 999;
    /** How Telegram shows the staff of these tests (their inputs carry it, as Telegram's updates do). */
    static final Map<Long, Profile> NAMES = Map.of(ADMIN, new Profile("Анна", "Смирнова", "anna"),
            DISPATCHER, new Profile("Мария", "Иванова", ""), TECHNICIAN, new Profile("Сергей", "Петров", "serg"),
            OTHER_TECHNICIAN, new Profile("Олег", "", ""));

    /** The answers of a complete, valid create dialog. */
    static final String DESCRIPTION = "Не сливает воду, гудит";
    static final String NAME = "Иванов Иван";
    static final String ADDRESS = "г. Москва, ул. Ленина, д. 5, кв. 12";
    static final String PHONE = "+79991234567";

    final MutableClock clock = new MutableClock(START);
    final ApplicationSettings settings;
    final InMemoryRepairRequests requests = new InMemoryRepairRequests();
    final InMemoryStaff staff = new InMemoryStaff();
    final com.repairbot.application.memory.InMemoryClients clients;
    final InMemoryAuditLog audit = new InMemoryAuditLog();
    final InMemoryOutbox outbox = new InMemoryOutbox();
    final com.repairbot.application.memory.InMemoryUnreachableChats unreachable =
            new com.repairbot.application.memory.InMemoryUnreachableChats();
    final InMemoryIdempotencyKeys keys = new InMemoryIdempotencyKeys();
    final InMemoryConversationStore conversations;
    final ConversationStore store;
    final UseCases useCases;
    final DialogEngine engine;
    final NotificationRelay relay;
    /** What the relay sent, in order: the chat and the message. */
    final List<Map.Entry<ChatId, Outbound>> delivered = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final AtomicInteger nextKey = new AtomicInteger();

    /** @return how many ids the core drew so far (dialog instances, idempotency keys) */
    int idsDrawn() {
        return nextKey.get();
    }
    private Locale language = Messages.RUSSIAN;
    private List<Outbound> last = List.of();

    DialogDriver() {
        this(ApplicationSettings.defaults(Set.of(new UserId(ADMIN)), Set.of(new UserId(DISPATCHER))));
    }

    DialogDriver(ApplicationSettings settings) {
        this(settings, memory -> memory);
    }

    /**
     * @param settings the configuration
     * @param wrap     puts something around the in-memory conversation store (e.g. a fault injector)
     */
    DialogDriver(ApplicationSettings settings, Function<InMemoryConversationStore, ConversationStore> wrap) {
        this(settings, wrap, com.repairbot.application.ClientSettings.defaults());
    }

    /** @return a driver of a bot whose client side is switched off ({@code CLIENTS=off}) */
    static DialogDriver clientsOff(ApplicationSettings settings) {
        return new DialogDriver(settings, memory -> memory, new com.repairbot.application.ClientSettings(false, 3));
    }

    /**
     * @param settings the configuration
     * @param wrap     puts something around the in-memory conversation store (e.g. a fault injector)
     * @param clientSettings whether clients are served
     */
    DialogDriver(ApplicationSettings settings, Function<InMemoryConversationStore, ConversationStore> wrap,
                 com.repairbot.application.ClientSettings clientSettings) {
        this.clients = new com.repairbot.application.memory.InMemoryClients();
        this.settings = settings;
        // the store keeps dialogs longer than the engine's TTL, so that the engine's own expiry is what is seen
        this.conversations = new InMemoryConversationStore(clock, settings.dialogTtl().multipliedBy(2));
        this.store = wrap.apply(conversations);
        Stores stores = new Stores(new InMemoryTransactions(), requests, new InMemoryRequestNumbers(), keys, staff,
                audit, outbox, store, new com.repairbot.application.memory.InMemoryReportQueries(requests),
                new com.repairbot.application.memory.InMemoryScheduleLedger(),
                new com.repairbot.application.memory.InMemoryCardPlacements(), unreachable, clients);
        Reporting reporting = new Reporting(ScheduleSettings.defaults(), new LinesOfCells(),
                Path.of("target", "test-exports"));
        Core core = Core.builder(settings, stores).reporting(reporting).clients(clientSettings)
                .messenger((chat, message) -> delivered.add(Map.entry(chat, message)))
                .clock(clock).ids(() -> "key-" + nextKey.incrementAndGet()).assemble();
        this.useCases = core.useCases();
        this.engine = core.engine();
        this.relay = core.relay();
    }

    /** @return the text of the last notification the relay sent to that chat, once it delivered what is due */
    String notified(long chat) {
        relay.deliverDue(1_000);
        return delivered.stream().filter(e -> e.getKey().equals(new ChatId(chat))).map(e -> e.getValue().text())
                .reduce((first, second) -> second).orElseThrow(() -> new AssertionError("nothing sent to " + chat));
    }

    // ---- sending ------------------------------------------------------------------------------------------

    /** Speaks the given language from now on. */
    DialogDriver speaking(Locale newLanguage) {
        this.language = newLanguage;
        return this;
    }

    List<Outbound> input(long user, Input input) {
        return inputIn(user, user, input);
    }

    List<Outbound> inputIn(long chat, long user, Input input) {
        Inbound inbound = new Inbound(new ChatId(chat), new UserId(user), language, input);
        last = engine.handle(Optional.ofNullable(NAMES.get(user)).map(inbound::from).orElse(inbound));
        return last;
    }

    /** Sends an input with a channel's delivery number, as Telegram's {@code update_id} is carried. */
    List<Outbound> delivered(long user, long delivery, Input input) {
        last = engine.handle(new Inbound(new ChatId(user), new UserId(user), language, input).delivered(delivery));
        return last;
    }

    List<Outbound> send(long user, String text) {
        return input(user, new Input.Text(text));
    }

    List<Outbound> command(long user, String name) {
        return command(user, name, "");
    }

    List<Outbound> command(long user, String name, String argument) {
        return input(user, new Input.Command(name, argument));
    }

    /**
     * Presses an option. A dialog value ({@code ~confirm}, or {@code d:<value>} as tests write it) is pressed on the
     * person's current question: it carries their dialog instance and step version, as the option shown would.
     */
    List<Outbound> press(long user, String data) {
        return pressRaw(user, current(user, data));
    }

    /** Presses an option with exactly this data. */
    List<Outbound> pressRaw(long user, String data) {
        return input(user, new Input.Choice(data));
    }

    /** @return the data an option with that value carries on the person's current question */
    String current(long user, String data) {
        boolean dialogValue = data.startsWith("~")
                || CallbackData.parse(data) instanceof CallbackData.DialogAnswer answer && answer.dialog().isEmpty();
        if (!dialogValue) {
            return data;
        }
        String value = data.startsWith("~") ? data : data.substring(CallbackData.DIALOG.length());
        Map<String, String> answers = conversation(user).map(Conversation::data).orElse(Map.of());
        return new CallbackData.DialogAnswer(answers.getOrDefault(DialogEngine.INSTANCE, ""),
                Long.parseLong(answers.getOrDefault(DialogEngine.STEP_VERSION, "0")), value).render();
    }

    /** @return the value of a dialog option's data (what the step reads), or the data itself for other options */
    static String value(String data) {
        return CallbackData.parse(data) instanceof CallbackData.DialogAnswer answer ? answer.value() : data;
    }

    /** Presses the option with that label in the last replies (exactly that label, else the one containing it). */
    List<Outbound> pressLabel(long user, String label) {
        return press(user, optionLabelled(label).data());
    }

    List<Outbound> contact(long user, String phone) {
        return input(user, new Input.Contact(phone, Optional.empty()));
    }

    List<Outbound> sharedChat(long user, long chat) {
        return input(user, new Input.SharedChat(new ChatId(chat)));
    }

    // ---- looking at the replies ---------------------------------------------------------------------------

    List<Outbound> replies() {
        return last;
    }

    /** @return the text of the last message of the last reply */
    String lastText() {
        assertThat(last).as("replies").isNotEmpty();
        return last.get(last.size() - 1).text();
    }

    /** @return every text of the last reply, one after another */
    String allText() {
        return last.stream().map(Outbound::text).collect(Collectors.joining("\n"));
    }

    /** @return every option of the last reply */
    List<Option> options() {
        List<Option> all = new ArrayList<>();
        last.forEach(message -> message.options().forEach(all::addAll));
        return all;
    }

    /** @return the options' data, dialog answers as their values (without dialog instance and step) */
    List<String> optionData() {
        return options().stream().map(Option::data).map(DialogDriver::value).toList();
    }

    List<String> optionLabels() {
        return options().stream().map(Option::label).toList();
    }

    Option optionLabelled(String label) {
        List<Option> all = options();
        return all.stream().filter(o -> o.label().equals(label)).findFirst()
                .or(() -> {
                    List<Option> containing = all.stream().filter(o -> o.label().contains(label)).toList();
                    return containing.size() == 1 ? Optional.of(containing.get(0)) : Optional.empty();
                })
                .orElseThrow(() -> new AssertionError("no option labelled '" + label + "' in " + labels(all)));
    }

    private static List<String> labels(List<Option> options) {
        return options.stream().map(Option::label).toList();
    }

    // ---- looking at the stores ----------------------------------------------------------------------------

    static ConversationKey key(long user) {
        return new ConversationKey(new ChatId(user), new UserId(user));
    }

    Optional<Conversation> conversation(long user) {
        return conversations.load(key(user));
    }

    /**
     * @return the stored step id of the person's dialog, if one is open (the trace a finished dialog about a
     *         request leaves is none)
     */
    Optional<String> step(long user) {
        return conversation(user).map(Conversation::stepId).filter(id -> !id.equals(DialogEngine.FINISHED));
    }

    RepairRequest request(long number) {
        return requests.find(new RequestNumber(number))
                .orElseThrow(() -> new AssertionError("request #" + number + " not stored"));
    }

    int requestCount() {
        return requests.count(Set.of());
    }

    List<Notification> notifications() {
        return outbox.due(Instant.MAX, Integer.MAX_VALUE).stream().map(PendingNotification::notification).toList();
    }

    static Messages ru() {
        return Messages.forLanguage(Messages.RUSSIAN);
    }

    static Messages en() {
        return Messages.forLanguage(Locale.ENGLISH);
    }

    /** Both languages, for tests that read the same screen in each ({@code @MethodSource(LANGUAGES)}). */
    static Stream<Locale> languages() {
        return Stream.of(Messages.RUSSIAN, Locale.ENGLISH);
    }

    static final String LANGUAGES = "com.repairbot.application.dialog.DialogDriver#languages";

    /** @return the list line of a request made by {@link #createRequest}, with that phone text, from the bundle */
    static String listLine(Messages m, long number, Status status, String phone) {
        return m.get("list.line", number, m.status(status), m.equipment(new EquipmentType("washing_machine")),
                NAME, phone, ADDRESS);
    }

    // ---- shortcuts for tests that are about something else ------------------------------------------------

    /** Walks the create dialog with valid answers, notes and visit skipped, and confirms; returns the number. */
    long createRequest(long user) {
        command(user, "new");
        press(user, "d:washing_machine");
        send(user, PHONE);
        if (step(user).orElseThrow().equals("CreateRequest:returning")) { // the phone of an earlier request
            press(user, "d:use");
            send(user, DESCRIPTION);
        } else {
            send(user, DESCRIPTION);
            send(user, NAME);
            send(user, ADDRESS);
        }
        press(user, DialogEngine.SKIP);
        press(user, DialogEngine.SKIP);
        assertThat(step(user)).contains("CreateRequest:confirm");
        press(user, DialogEngine.CONFIRM);
        assertThat(step(user)).isEmpty();
        return requests.count(Set.of());
    }

    /** Stores an active technician with a work group directly (for tests that are not about staff dialogs). */
    void technician(long id, long group) {
        staff.saveTechnician(Technician.added(new UserId(id), PhoneNumber.parse("+79990000" + (id % 1000)),
                new Specialization("стиральные машины")).withWorkGroup(new ChatId(group)));
        staff.grant(new UserId(id), Role.TECHNICIAN);
        Optional.ofNullable(NAMES.get(id)).ifPresent(p -> staff.savePerson(Person.unknown(new UserId(id))
                .seenAs(p.firstName(), p.lastName(), p.username(), language)));
    }

    /** Assigns through the dialog, as the dispatcher. */
    void assign(long number, long technician) {
        press(DISPATCHER, "r:" + number + ":assign");
        press(DISPATCHER, "d:" + technician);
        assertThat(request(number).technician()).contains(new UserId(technician));
    }

    /** Closes the request through the complete dialog, as {@link #TECHNICIAN}, with no review, in town. */
    void complete(long number, String total, String materials) {
        press(TECHNICIAN, "r:" + number + ":complete");
        send(TECHNICIAN, total);
        send(TECHNICIAN, materials);
        press(TECHNICIAN, "d:no");
        press(TECHNICIAN, "d:no");
        press(TECHNICIAN, DialogEngine.CONFIRM);
    }

    /** A request assigned to {@link #TECHNICIAN}, who accepted it and is on site. */
    long onSiteRequest() {
        technician(TECHNICIAN, TECHNICIAN_GROUP);
        long number = createRequest(DISPATCHER);
        assign(number, TECHNICIAN);
        press(TECHNICIAN, "r:" + number + ":accept");
        press(TECHNICIAN, "r:" + number + ":onsite");
        return number;
    }
}
