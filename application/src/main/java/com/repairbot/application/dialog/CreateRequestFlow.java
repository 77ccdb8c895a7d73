package com.repairbot.application.dialog;

import com.repairbot.application.ApplicationSettings;
import com.repairbot.application.conversation.Input;
import com.repairbot.application.conversation.Option;
import com.repairbot.application.conversation.Outbound;
import com.repairbot.application.port.in.CreateRequestCommand;
import com.repairbot.application.port.in.CreateRequestResult;
import com.repairbot.application.port.in.FindReturningClientQuery;
import com.repairbot.application.port.in.ReturningClientView;
import com.repairbot.application.text.Messages;
import com.repairbot.domain.contact.Address;
import com.repairbot.domain.contact.Client;
import com.repairbot.domain.contact.PersonName;
import com.repairbot.domain.contact.PhoneNumber;
import com.repairbot.domain.request.EquipmentType;
import com.repairbot.domain.request.Notes;
import com.repairbot.domain.request.ProblemDescription;
import com.repairbot.domain.request.RequestDraft;
import com.repairbot.domain.staff.UserId;
import java.util.List;
import java.util.Optional;

/**
 * The dialog that creates a request: the appliance, the phone (a returning client's name and address are offered
 * again), the problem, the name, the address, notes and visit, a summary to confirm. Its idempotency key is made
 * when it starts, so a repeated Confirm creates one request.
 */
final class CreateRequestFlow {

    static final String CREATE = "CreateRequest";
    /** Data key of the idempotency key of a new request. */
    static final String KEY = "_key";
    private static final Key<String> IDEMPOTENCY = Key.internal(KEY, Codec.TEXT);
    static final Key<EquipmentType> EQUIPMENT = Key.answer("equipment", Codec.EQUIPMENT);
    static final Key<PhoneNumber> PHONE = Key.answer("phone", Codec.PHONE);
    static final Key<ProblemDescription> DESCRIPTION = Key.answer("description", Codec.DESCRIPTION);
    static final Key<PersonName> NAME = Key.answer("name", Codec.NAME);
    static final Key<Address> ADDRESS = Key.answer("address", Codec.ADDRESS);
    static final Key<Notes> NOTES = Key.answer("notes", Codec.NOTES);
    /** Step id of the question whether a returning client's name and address are used again. */
    static final String RETURNING = "returning";
    /** The answer that uses them. */
    static final String USE = "use";
    /** Data key of the request whose name and address were used. */
    static final Key<Long> RETURNING_FROM = Key.internal("_returning_from", Codec.NUMBER);
    /**
     * Data key: the phone whose client was looked up for the returning question, and whether one was found
     * ({@code +79990001122=yes}). Whether the question is asked is tested again at every later step (for its Back
     * button too); the answer is kept with the dialog rather than looked up in the requests each time.
     */
    static final Key<String> RETURNING_LOOKED_UP = Key.internal("_returning_looked_up", Codec.TEXT);

    private final ApplicationSettings settings;
    private final UseCases useCases;
    private final RequestFlows requests;

    CreateRequestFlow(ApplicationSettings settings, UseCases useCases, RequestFlows requests) {
        this.settings = settings;
        this.useCases = useCases;
        this.requests = requests;
    }

    Flow flow() {
        // the phone comes right after the equipment: a returning client's name and address are offered again
        List<Step> steps = List.of(
                Step.answering(EQUIPMENT, ctx -> ctx.messages().get("create.equipment"), requests::equipmentOptions,
                        (ctx, input) -> new EquipmentType(requests.equipment(ctx, input))),
                Step.answering(PHONE, ctx -> ctx.messages().get("create.phone"), ctx -> List.of(), (ctx, input) -> {
                    ctx.data().remove(RETURNING); // another phone: its client is asked about again
                    ctx.remove(RETURNING_FROM);
                    return PhoneNumber.parse(RequestFlows.phone(ctx, input));
                }),
                Step.choice(RETURNING, this::returningPrompt, ctx -> List.of(
                                Option.choice(ctx.messages().get("create.returning.use"), USE),
                                Option.choice(ctx.messages().get("create.returning.change"), "change")))
                        .readingWith(this::returning)
                        .askedWhen(this::hasReturningClient),
                Step.typing(DESCRIPTION, ctx -> ctx.messages().get("create.description"), ProblemDescription::new),
                Step.typing(NAME, ctx -> ctx.messages().get("create.name"), PersonName::new)
                        .askedWhen(ctx -> !usesEarlierData(ctx)),
                Step.typing(ADDRESS, ctx -> ctx.messages().get("create.address"), Address::new)
                        .askedWhen(ctx -> !usesEarlierData(ctx)),
                Step.typing(NOTES, ctx -> ctx.messages().get("create.notes"), Notes::new).skippable(),
                new Step("visit", ctx -> ctx.messages().get("create.visit"), ctx -> List.of(), RequestFlows::visit,
                        true, false),
                Step.confirm(this::createSummary));
        // the idempotency key is the dialog instance's (see confirmKey): a Confirm delivered again after the dialog
        // was closed still finds the request it created
        return new Flow(CREATE, steps, this::createFinish,
                List.of("equipment", "phone", "description", "name", "address", "notes", "visit"));
    }

    /**
     * The idempotency key of a create dialog: its person and its instance, both carried by its Confirm button, so
     * that a Confirm delivered again after the dialog was closed (a crash after the request was stored and before
     * the answer was kept) finds the request it created ({@link Actions}). A dialog begun before keys were made
     * this way keeps the random key it was given ({@link #KEY}).
     */
    static String confirmKey(UserId person, String instance) {
        return "dialog:" + person.value() + ":" + instance;
    }

    /** @return the result a Confirm of that create dialog had, if it created a request */
    Optional<List<Outbound>> confirmedBefore(DialogContext ctx, String instance) {
        if (!ctx.actor().isOffice()) {
            return Optional.empty();
        }
        return useCases.create().createdUnder(ctx.actor().id(), confirmKey(ctx.actor().id(), instance))
                .map(number -> List.of(Outbound.text(ctx.messages().get("create.done", number.value()))
                        .asReplacement(), requests.card(ctx, number)));
    }

    /** @return the client who asked before with the phone given, if any */
    private Optional<ReturningClientView> returningClient(DialogContext ctx) {
        return ctx.find(PHONE).flatMap(phone -> useCases.returningClient().find(
                new FindReturningClientQuery(ctx.actor().id(), phone)));
    }

    /** Whether the phone given belongs to a returning client: looked up once per phone given in the dialog. */
    private boolean hasReturningClient(DialogContext ctx) {
        Optional<String> phone = ctx.answer(PHONE.name());
        if (phone.isEmpty()) {
            return false;
        }
        Optional<String> known = ctx.find(RETURNING_LOOKED_UP);
        if (known.isPresent() && known.get().startsWith(phone.get() + "=")) {
            return known.get().endsWith("=yes");
        }
        boolean found = returningClient(ctx).isPresent();
        ctx.put(RETURNING_LOOKED_UP, phone.get() + (found ? "=yes" : "=no"));
        return found;
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
            ctx.put(NAME, client.client().name());
            ctx.put(ADDRESS, client.client().address());
            ctx.put(RETURNING_FROM, client.lastRequest().value());
        } else {
            ctx.remove(RETURNING_FROM);
        }
        return choice;
    }

    private RequestDraft draft(DialogContext ctx) {
        // rebuilt from what the steps stored (their readers validated it once): no second validation here
        Client client = new Client(ctx.get(NAME), ctx.get(PHONE), ctx.get(ADDRESS));
        return new RequestDraft(ctx.get(EQUIPMENT), ctx.get(DESCRIPTION), client, ctx.find(NOTES),
                ctx.answer("visit").map(text -> RequestFlows.visitAsEntered(ctx)));
    }

    private String createSummary(DialogContext ctx) {
        RequestDraft draft = draft(ctx);
        Messages m = ctx.messages();
        var cards = requests.cards(ctx);
        return java.util.stream.Stream.of(
                m.get("create.summary"),
                m.get("card.equipment", m.equipment(draft.equipment())),
                m.get("card.description", draft.description().value()),
                m.get("card.client", draft.client().name().value()),
                m.get("card.phone", draft.client().phone().e164()),
                m.get("card.address", draft.client().address().value()),
                requests.clientLinked(ctx, draft.client().phone()) ? m.get("create.client_linked") : "",
                ctx.find(RETURNING_FROM).map(n -> m.get("create.returning.used", n)).orElse(""),
                m.get("card.notes", draft.notes().map(Notes::value).orElse("—")),
                m.get("card.visit", draft.visit().map(cards::visit).orElse("—")))
                .filter(line -> !line.isEmpty()).collect(java.util.stream.Collectors.joining("\n"));
    }

    private List<Outbound> createFinish(DialogContext ctx) {
        String key = ctx.find(IDEMPOTENCY)
                .orElseGet(() -> confirmKey(ctx.actor().id(), ctx.required(DialogEngine.INSTANCE)));
        CreateRequestResult result = useCases.create().create(new CreateRequestCommand(ctx.actor().id(), draft(ctx),
                key));
        long number = result.request().number().value();
        String note = ctx.messages().get(result.created() ? "create.done" : "create.already", number);
        return List.of(Outbound.text(note).asReplacement(), requests.card(ctx, result.request()));
    }
}
