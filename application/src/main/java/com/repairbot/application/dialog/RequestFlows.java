package com.repairbot.application.dialog;

import com.repairbot.application.ApplicationSettings;
import com.repairbot.application.conversation.Input;
import com.repairbot.application.conversation.Option;
import com.repairbot.application.conversation.Outbound;
import com.repairbot.application.port.in.AddNotesCommand;
import com.repairbot.application.port.in.CreateRequestCommand;
import com.repairbot.application.port.in.CreateRequestResult;
import com.repairbot.application.port.in.PhoneSharedByClientQuery;
import com.repairbot.application.port.in.FindReturningClientQuery;
import com.repairbot.application.port.in.RequestChangeResult;
import com.repairbot.application.port.in.RescheduleVisitCommand;
import com.repairbot.application.port.in.ReturningClientView;
import com.repairbot.application.text.Messages;
import com.repairbot.domain.contact.Address;
import com.repairbot.domain.contact.Client;
import com.repairbot.domain.contact.PersonName;
import com.repairbot.domain.contact.PhoneNumber;
import com.repairbot.domain.request.EquipmentType;
import com.repairbot.domain.request.Notes;
import com.repairbot.domain.request.ProblemDescription;
import com.repairbot.domain.request.RefusalReason;
import com.repairbot.domain.request.RequestDraft;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.request.ScheduledVisit;
import com.repairbot.domain.request.VisitTimeParser;
import com.repairbot.domain.shared.InvalidValueException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** The dialogs about requests (docs/dialogs.md), declared once. */
final class RequestFlows {

    static final String CREATE = "CreateRequest";
    static final String RESCHEDULE = "RescheduleVisit";
    static final String ADD_NOTES = "AddNotes";
    static final String EDIT_FIELD = "EditField";
    /** Data key of the request a flow is about. */
    static final String REQUEST = "_request";
    /** Data key of the idempotency key of a new request. */
    static final String KEY = "_key";
    /** Step id of the question whether a returning client's name and address are used again. */
    static final String RETURNING = "returning";
    /** The answer that uses them. */
    static final String USE = "use";
    /** Data key of the request whose name and address were used. */
    static final String RETURNING_FROM = "_returning_from";
    /** Data key of the date-time a typed visit meant when it was typed. */
    static final String VISIT_AT = "_visit_at";

    private final ApplicationSettings settings;
    private final Optional<ClientUseCases> clients;
    private final UseCases useCases;
    private final Screens screens;
    private final Supplier<String> ids;

    RequestFlows(ApplicationSettings settings, UseCases useCases, Screens screens, Supplier<String> ids) {
        this(settings, useCases, Optional.empty(), screens, ids);
    }

    /** @param clients the client's side, which says whether a phone entered belongs to a client of the bot */
    RequestFlows(ApplicationSettings settings, UseCases useCases, Optional<ClientUseCases> clients, Screens screens,
                 Supplier<String> ids) {
        this.clients = clients;
        this.settings = settings;
        this.useCases = useCases;
        this.screens = screens;
        this.ids = ids;
    }

    List<Flow> all() {
        List<Flow> flows = new java.util.ArrayList<>(List.of(create()));
        flows.addAll(new MoveFlows(settings, useCases, this).all()); // one per move that needs data, by the table
        flows.addAll(List.of(reschedule(), addNotes(), new EditFieldFlow(useCases, this).flow()));
        return flows;
    }

    // ---- create request ------------------------------------------------------------------------------

    private Flow create() {
        // the phone comes right after the equipment: a returning client's name and address are offered again
        List<Step> steps = List.of(
                Step.choice("equipment", ctx -> ctx.messages().get("create.equipment"), this::equipmentOptions)
                        .readingWith(this::equipment),
                Step.text("phone", "create.phone", text -> PhoneNumber.parse(text).e164())
                        .readingWith((ctx, input) -> {
                            ctx.data().remove(RETURNING); // another phone: its client is asked about again
                            ctx.data().remove(RETURNING_FROM);
                            return phone(ctx, input);
                        }),
                Step.choice(RETURNING, this::returningPrompt, ctx -> List.of(
                                Option.choice(ctx.messages().get("create.returning.use"), USE),
                                Option.choice(ctx.messages().get("create.returning.change"), "change")))
                        .readingWith(this::returning)
                        .askedWhen(ctx -> returningClient(ctx).isPresent()),
                Step.text("description", "create.description", text -> new ProblemDescription(text).value()),
                Step.text("name", "create.name", text -> new PersonName(text).value())
                        .askedWhen(ctx -> !usesEarlierData(ctx)),
                Step.text("address", "create.address", text -> new Address(text).value())
                        .askedWhen(ctx -> !usesEarlierData(ctx)),
                Step.text("notes", "create.notes", text -> new Notes(text).value()).skippable(),
                new Step("visit", ctx -> ctx.messages().get("create.visit"), ctx -> List.of(), RequestFlows::visit,
                        true, false),
                Step.confirm(this::createSummary));
        // the idempotency key is made when the dialog starts and carried to Confirm
        return new Flow(CREATE, steps, this::createFinish,
                List.of("equipment", "phone", "description", "name", "address", "notes", "visit"),
                () -> Map.of(KEY, ids.get()));
    }

    /** @return the client who asked before with the phone given, if any */
    private Optional<ReturningClientView> returningClient(DialogContext ctx) {
        return ctx.answer("phone").flatMap(phone -> useCases.returningClient().find(
                new FindReturningClientQuery(ctx.actor().id(), PhoneNumber.parse(phone))));
    }

    private static boolean usesEarlierData(DialogContext ctx) {
        return ctx.answer(RETURNING).filter(USE::equals).isPresent();
    }

    private String returningPrompt(DialogContext ctx) {
        ReturningClientView client = returningClient(ctx).orElseThrow(() -> new IllegalStateException("no client"));
        return ctx.messages().get("create.returning", client.lastRequest().value(), client.client().name().value(),
                client.client().address().value());
    }

    /** "Use" takes the name and address of the client's newest request as the answers of those steps. */
    private String returning(DialogContext ctx, Input input) {
        String choice = Step.chosen(ctx, input);
        if (!choice.equals(USE) && !choice.equals("change")) {
            throw new InputRefusedException("dialog.use_buttons");
        }
        if (choice.equals(USE)) {
            ReturningClientView client = returningClient(ctx).orElseThrow(() -> new InputRefusedException(
                    "dialog.use_buttons"));
            ctx.data().put("name", client.client().name().value());
            ctx.data().put("address", client.client().address().value());
            ctx.data().put(RETURNING_FROM, Long.toString(client.lastRequest().value()));
        } else {
            ctx.data().remove(RETURNING_FROM);
        }
        return choice;
    }

    List<Option> equipmentOptions(DialogContext ctx) {
        return settings.equipment().stream()
                .map(type -> Option.choice(ctx.messages().equipment(type), type.code()))
                .toList();
    }

    String equipment(DialogContext ctx, Input input) {
        String code = input instanceof Input.Text text ? byLabel(ctx.messages(), text.text()) : Step.chosen(ctx, input);
        EquipmentType type = new EquipmentType(code);
        if (!settings.equipment().contains(type)) {
            throw new InvalidValueException("equipment.invalid");
        }
        return type.code();
    }

    /** A person may type the name of the appliance instead of pressing its button. */
    private String byLabel(Messages messages, String typed) {
        return settings.equipment().stream()
                .filter(type -> messages.equipment(type).equalsIgnoreCase(typed.strip())
                        || type.code().equalsIgnoreCase(typed.strip()))
                .map(EquipmentType::code).findFirst()
                .orElseThrow(() -> new InvalidValueException("equipment.invalid"));
    }

    static String phone(DialogContext ctx, Input input) {
        String raw = input instanceof Input.Contact contact ? contact.phone() : Step.typed(input);
        return PhoneNumber.parse(raw).e164();
    }

    private RequestDraft draft(DialogContext ctx) {
        Client client = new Client(new PersonName(ctx.required("name")), PhoneNumber.parse(ctx.required("phone")),
                new Address(ctx.required("address")));
        return new RequestDraft(new EquipmentType(ctx.required("equipment")),
                new ProblemDescription(ctx.required("description")), client,
                ctx.answer("notes").map(Notes::new),
                ctx.answer("visit").map(text -> visitAsEntered(ctx)));
    }

    private String createSummary(DialogContext ctx) {
        RequestDraft draft = draft(ctx);
        Messages m = ctx.messages();
        var cards = cards(ctx);
        return java.util.stream.Stream.of(
                m.get("create.summary"),
                m.get("card.equipment", m.equipment(draft.equipment())),
                m.get("card.description", draft.description().value()),
                m.get("card.client", draft.client().name().value()),
                m.get("card.phone", draft.client().phone().e164()),
                m.get("card.address", draft.client().address().value()),
                clientLinked(ctx, draft) ? m.get("create.client_linked") : "",
                ctx.answer(RETURNING_FROM).map(n -> m.get("create.returning.used", Long.parseLong(n))).orElse(""),
                m.get("card.notes", draft.notes().map(Notes::value).orElse("—")),
                m.get("card.visit", draft.visit().map(cards::visit).orElse("—")))
                .filter(line -> !line.isEmpty()).collect(java.util.stream.Collectors.joining("\n"));
    }

    /** @return whether a client shared the phone entered: the request will be linked to them, who will be told */
    private boolean clientLinked(DialogContext ctx, RequestDraft draft) {
        return clients.filter(c -> c.settings().enabled()).map(c -> c.phones().sharedByClient(
                new PhoneSharedByClientQuery(ctx.actor().id(), draft.client().phone()))).orElse(false);
    }

    private List<Outbound> createFinish(DialogContext ctx) {
        CreateRequestResult result = useCases.create().create(new CreateRequestCommand(ctx.actor().id(), draft(ctx),
                ctx.required(KEY)));
        long number = result.request().number().value();
        String note = ctx.messages().get(result.created() ? "create.done" : "create.already", number);
        return List.of(Outbound.text(note).asReplacement(), screens.card(ctx, result.request().number()));
    }

    // ---- request actions that need answers -----------------------------------------------------------

    com.repairbot.application.text.Cards cards(DialogContext ctx) {
        return screens.cards(ctx);
    }

    static RequestNumber number(DialogContext ctx) {
        return RequestNumber.parse(ctx.required(REQUEST));
    }

    static String withNumber(DialogContext ctx, String key) {
        return ctx.messages().get(key, number(ctx).value());
    }

    List<Outbound> changed(DialogContext ctx, RequestChangeResult result, String doneKey) {
        return List.of(Outbound.text(ctx.messages().get(result.changed() ? doneKey : "change.already",
                        result.request().number().value(), ctx.messages().status(result.request().status()))),
                screens.card(ctx, result.request().number()));
    }

    /**
     * Reads a visit time and keeps, beside the words, the date-time they meant when they were typed: "завтра"
     * typed before midnight must not become the day after if Confirm is pressed after it.
     */
    static String visit(DialogContext ctx, Input input) {
        ScheduledVisit visit = VisitTimeParser.parse(Step.typed(input), ctx.now());
        ctx.data().put(VISIT_AT, visit.at().map(LocalDateTime::toString).orElse(""));
        return visit.text();
    }

    static ScheduledVisit visitAsEntered(DialogContext ctx) {
        String text = ctx.required("visit");
        return ctx.answer(VISIT_AT).map(at -> new ScheduledVisit(text, at.isEmpty() ? Optional.empty()
                : Optional.of(LocalDateTime.parse(at)))).orElseGet(() -> VisitTimeParser.parse(text, ctx.now()));
    }

    /** Reads {@code 25.12.2026}, {@code 25.12} (this year, or next when passed) or {@code 2026-12-25}. */
    static LocalDate date(String text, DialogContext ctx) {
        String clean = text.strip();
        LocalDate today = ctx.now().toLocalDate();
        try {
            LocalDate date;
            if (clean.matches("\\d{4}-\\d{2}-\\d{2}")) {
                date = LocalDate.parse(clean);
            } else if (clean.matches("\\d{1,2}\\.\\d{1,2}(\\.\\d{4})?")) {
                int[] p = Arrays.stream(clean.split("\\.")).mapToInt(Integer::parseInt).toArray();
                date = LocalDate.of(p.length == 3 ? p[2] : today.getYear(), p[1], p[0]);
                if (p.length == 2 && date.isBefore(today)) {
                    date = date.plusYears(1);
                }
            } else {
                throw new InvalidValueException("date.invalid");
            }
            if (date.isBefore(today)) {
                throw new InvalidValueException("long_repair.date.past");
            }
            return date;
        } catch (DateTimeException e) {
            throw new InvalidValueException("date.invalid");
        }
    }

    private Flow reschedule() {
        List<Step> steps = List.of(
                new Step("visit", ctx -> withNumber(ctx, "reschedule.visit"), ctx -> List.of(),
                        RequestFlows::visit, false, false),
                Step.text("reason", "reschedule.reason", text -> new RefusalReason(text).value()));
        return new Flow(RESCHEDULE, steps, ctx -> changed(ctx, useCases.reschedule().reschedule(
                new RescheduleVisitCommand(ctx.actor().id(), number(ctx),
                        visitAsEntered(ctx), ctx.required("reason"))),
                "reschedule.done"));
    }

    private Flow addNotes() {
        Step notes = new Step("notes", ctx -> withNumber(ctx, "notes.text"), ctx -> List.of(),
                (ctx, input) -> new Notes(Step.typed(input)).value(), false, false);
        return new Flow(ADD_NOTES, List.of(notes), ctx -> changed(ctx, useCases.addNotes().addNotes(
                new AddNotesCommand(ctx.actor().id(), number(ctx), new Notes(ctx.required("notes")))), "notes.done"));
    }
}
