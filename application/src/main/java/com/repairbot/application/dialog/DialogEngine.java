package com.repairbot.application.dialog;

import com.repairbot.application.ApplicationSettings;
import com.repairbot.application.conversation.CallbackData;
import com.repairbot.application.conversation.Inbound;
import com.repairbot.application.conversation.Input;
import com.repairbot.application.conversation.Option;
import com.repairbot.application.conversation.Outbound;
import com.repairbot.application.port.in.HandleInboundResult;
import com.repairbot.application.port.in.HandleInboundUseCase;
import com.repairbot.application.port.in.RecognisePersonUseCase;
import com.repairbot.application.port.out.Conversation;
import com.repairbot.application.port.out.ConversationKey;
import com.repairbot.application.port.out.ConversationStore;
import com.repairbot.application.port.out.StoreUnavailableException;
import com.repairbot.application.service.Authorizer;
import com.repairbot.application.service.Reachability;
import com.repairbot.application.text.Messages;
import com.repairbot.domain.shared.InvalidValueException;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.staff.Actor;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Runs the dialogs: keeps each person's dialog in the {@link ConversationStore}, reads their answers step
 * by step, offers Cancel / Skip / Back, expires abandoned dialogs, and hands everything that is not a
 * dialog answer to the menus and actions.
 */
public final class DialogEngine implements HandleInboundUseCase {

    /** Values of the options every step may offer; a step's own options carry its values as they are. */
    static final String CANCEL = "~cancel";
    static final String BACK = "~back";
    static final String SKIP = "~skip";
    static final String CONFIRM = "~confirm";
    static final String EDIT = "~edit";
    static final String EDIT_FIELD = "~edit:";
    static final String STAY = "~stay";
    private static final String RETURN_TO_CONFIRM = "_return";
    /** Data key of the dialog instance's id, carried by every option it shows; stored, so never renamed. */
    public static final String INSTANCE = "_dialog";
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^0-9A-Za-z]");
    /** Data key of the step version (1 for the first question, +1 for each one saved after it); stored. */
    public static final String STEP_VERSION = "_step";
    /**
     * Step id of what a finished dialog about a request leaves in the store (no flow has it): its instance, the
     * request and the delivery of its last answer, so that the last answer delivered again after a crash is
     * answered with the request as it is now, not "this dialog has finished" (ADR 0034). Any other input
     * removes it.
     */
    static final String FINISHED = "~finished";

    private final ApplicationSettings settings;
    private final ConversationStore store;
    private final Clock clock;
    private final Authorizer authorizer;
    private final Map<String, Flow> flows;
    private final Actions actions;
    private final Optional<ClientActions> clientActions;
    private final boolean clientsServed;
    private final UncertainSaves uncertain = new UncertainSaves();
    /** The dialogs this process left open; {@code null} when other instances share the store (see below). */
    private final OpenDialogs open;
    private final Supplier<String> ids;
    private final Reachability reachability;
    private final RecognisePersonUseCase recognise;
    private final Screens screens;

    /**
     * @param settings configuration
     * @param useCases   what the dialogs drive
     * @param authorizer who a user is (the same one the services use)
     * @param store    where dialogs in progress are kept
     * @param clock    the time
     * @param ids      makes idempotency keys (e.g. random UUIDs)
     * @param soleInstance whether this process is the only one using the dialog store: only then can it tell a
     *                     dialog the store lost (Redis restarted without its data) from one that another instance
     *                     finished, and say so to the person
     * @param reachability told when a person writes in their private chat: a mark that they blocked the bot clears
     */
    public DialogEngine(ApplicationSettings settings, UseCases useCases, Authorizer authorizer, ConversationStore store,
                        Clock clock, Supplier<String> ids, boolean soleInstance, Reachability reachability) {
        this(settings, useCases, Optional.empty(), authorizer, store, clock, ids, soleInstance, reachability);
    }

    /**
     * As the other constructor, with the client's side.
     *
     * @param clients what the client's dialogs drive; without them everyone without a role gets the polite
     *                staff-only answer
     */
    public DialogEngine(ApplicationSettings settings, UseCases useCases, Optional<ClientUseCases> clients,
                        Authorizer authorizer, ConversationStore store, Clock clock, Supplier<String> ids,
                        boolean soleInstance, Reachability reachability) {
        this.open = soleInstance ? new OpenDialogs() : null;
        this.reachability = reachability;
        this.settings = settings;
        this.store = store;
        this.clock = clock;
        this.authorizer = authorizer;
        this.ids = ids;
        this.recognise = useCases.recognise();
        Screens screens = new Screens(settings, useCases);
        this.screens = screens;
        RequestFlows requestFlows = new RequestFlows(settings, useCases, clients, screens);
        List<Flow> all = new ArrayList<>(requestFlows.all());
        all.addAll(new StaffFlows(useCases, screens).all());
        ReportScreens reports = new ReportScreens(useCases);
        all.addAll(new ReportFlows(reports).all());
        SearchScreens search = new SearchScreens(useCases, screens);
        all.add(search.flow());
        Optional<ClientScreens> clientScreens = clients.map(c -> new ClientScreens(settings, c));
        clients.ifPresent(c -> all.addAll(new ClientFlows(settings, c, clientScreens.orElseThrow(), ids).all()));
        this.flows = Flow.byName(all);
        this.actions = new Actions(settings.transitions(), useCases, screens, reports, search,
                new AuditScreens(settings, useCases, screens), this::start, requestFlows::confirmedBefore);
        this.clientActions = clients.map(c -> new ClientActions(c, useCases, clientScreens.orElseThrow(),
                this::start));
        this.clientsServed = clients.filter(c -> c.settings().enabled()).isPresent();
    }

    @Override
    public List<Outbound> handle(Inbound sent) {
        return handleWithOutcome(sent).replies();
    }

    /** The replies, and whether they only say that a store could not be reached (counted as failed). */
    @Override
    public HandleInboundResult handleWithOutcome(Inbound sent) {
        Messages messages = Messages.forLanguage(sent.language());
        if (sent.chat().value() == sent.user().value()) {
            wrote(sent);
        }
        try {
            if (!authorizer.speaksIn(sent.chat(), sent.user())) {
                return new HandleInboundResult(List.of(), false);
            }
            Inbound inbound = recognise.recognise(sent); // names kept when changed; answered in their language
            messages = Messages.forLanguage(inbound.language());
            Actor actor = authorizer.actorOf(inbound.user());
            if (!actor.isStaff() && !clientsServed) {
                return new HandleInboundResult(List.of(Outbound.text(messages.get("client.not_staff",
                        settings.companyContact().isEmpty() ? messages.get("client.no_contact")
                                : settings.companyContact()))), false);
            }
            DialogContext context = new DialogContext(actor, inbound, messages, new HashMap<>(),
                    clock.instant().atZone(settings.zone()));
            return new HandleInboundResult(route(context), false);
        } catch (RuntimeException failure) {
            return new HandleInboundResult(List.of(Outbound.text(ErrorReplies.describe(messages, failure)
                    .orElseThrow(() -> failure))), failure instanceof StoreUnavailableException);
        }
    }

    /** A person who writes in their private chat can be written to: a mark that they blocked the bot clears. */
    private void wrote(Inbound inbound) {
        try {
            reachability.wrote(inbound.user());
        } catch (RuntimeException unavailable) {
            // the mark clears at their next message; the answer is not held up for it
        }
    }

    private List<Outbound> route(DialogContext context) {
        ConversationKey key = key(context);
        List<Outbound> replies = new ArrayList<>();
        Optional<Conversation> current = store.load(key);
        Input input = context.inbound().input();
        if (current.isPresent() && current.get().stepId().equals(FINISHED)) {
            if (repeatsTheLastAnswer(context, current.get())) {
                return doneBefore(context, current.get());
            }
            store.delete(key);
            current = Optional.empty();
        }
        if (current.isPresent() && expired(current.get())) {
            delete(key);
            current = Optional.empty();
            replies.add(Outbound.text(context.messages().get("dialog.expired")));
        } else if (current.isEmpty() && open != null && open.lost(key, clock.instant(), settings.dialogTtl())) {
            // the store lost a dialog this process left open (Redis restarted without its data): said, not hidden
            replies.add(Outbound.text(context.messages().get("dialog.lost")));
            if (input instanceof Input.Text || input instanceof Input.Contact
                    || input instanceof Input.Choice choice
                    && CallbackData.parse(choice.data()) instanceof CallbackData.DialogAnswer) {
                replies.add(actions.menu(context)); // an answer to a question that is gone: nothing else to say
                return replies;
            }
        }
        boolean savedAfterAll = uncertain.happenedAfterAll(key, current.map(Conversation::version).orElse(0L));
        if (current.isPresent()) {
            Conversation conversation = current.get();
            Optional<Flow> flow = flowOf(conversation.stepId());
            if (flow.isEmpty()) {
                delete(key); // a dialog from an older version that no longer exists
            } else if (savedAfterAll && !(input instanceof Input.Command command && !isNavigation(command))) {
                // told to try again, but the answer was kept after all: this is not the answer to the next question
                replies.add(Outbound.text(context.messages().get("dialog.saved_after_all")));
                replies.add(prompt(flow.get(), stepOf(flow.get(), conversation), contextWith(context, conversation)));
                return replies;
            } else if (Redelivery.isRepeat(context.inbound(), conversation.data())) {
                // taken already, but its replies may never have gone out: the question to answer now
                replies.add(prompt(flow.get(), stepOf(flow.get(), conversation), contextWith(context, conversation)));
                return replies;
            } else if (input instanceof Input.Command command && !isNavigation(command)) {
                delete(key);
                if (command.name().equals("cancel")) {
                    replies.add(Outbound.text(context.messages().get("dialog.cancelled")));
                    replies.add(menu(context, flow.get()));
                    return replies;
                }
                replies.add(Outbound.text(context.messages().get("dialog.abandoned")));
            } else if (input instanceof Input.Choice choice
                    && !(CallbackData.parse(choice.data()) instanceof CallbackData.DialogAnswer)) {
                replies.add(Outbound.text(context.messages().get("dialog.finish_first")));
                replies.add(prompt(flow.get(), stepOf(flow.get(), conversation), contextWith(context, conversation)));
                return replies;
            } else if (input instanceof Input.Choice choice && !current(choice, conversation)) {
                // pressed on a message this dialog showed before (or on another dialog's): nothing is stored
                replies.add(Outbound.text(context.messages().get("dialog.stale")));
                replies.add(prompt(flow.get(), stepOf(flow.get(), conversation), contextWith(context, conversation)));
                return replies;
            } else {
                replies.addAll(answer(flow.get(), conversation, contextWith(context, conversation)));
                return replies;
            }
        }
        replies.addAll(clientSide(context).map(client -> client.idle(context)).orElseGet(() -> actions.idle(context)));
        return replies;
    }

    /**
     * The client rule of the dialogs: someone without a role is on the client's side (when clients are served);
     * staff only for {@code /client} and the client buttons, to test it.
     */
    private Optional<ClientActions> clientSide(DialogContext context) {
        if (!context.actor().isStaff()) {
            return clientActions;
        }
        return clientActions.filter(c -> ClientActions.forClientSide(context.inbound().input()));
    }

    /** @return the menu to go back to from that dialog: the client's after a client's dialog */
    private Outbound menu(DialogContext context, Flow flow) {
        if (flow.name().startsWith("Client") && clientActions.isPresent()) {
            return clientActions.get().menu(context);
        }
        return context.actor().isStaff() ? actions.menu(context)
                : clientActions.map(c -> c.menu(context)).orElseGet(() -> actions.menu(context));
    }

    /** @return whether the option was shown by this dialog instance at its current step version */
    private static boolean current(Input.Choice choice, Conversation conversation) {
        return CallbackData.parse(choice.data()) instanceof CallbackData.DialogAnswer answer
                && answer.answers(conversation.data().getOrDefault(INSTANCE, CallbackData.DialogAnswer.NO_DIALOG),
                stepVersion(conversation.data()));
    }

    private static long stepVersion(Map<String, String> data) {
        try {
            return Long.parseLong(data.getOrDefault(STEP_VERSION, "0"));
        } catch (NumberFormatException unreadable) {
            return -1; // not written by us: no option matches it
        }
    }

    private static boolean isNavigation(Input.Command command) {
        return command.name().equals("back") || command.name().equals("skip");
    }

    private DialogContext contextWith(DialogContext context, Conversation conversation) {
        context.data().putAll(conversation.data());
        return context;
    }

    private List<Outbound> answer(Flow flow, Conversation conversation, DialogContext context) {
        Step step = stepOf(flow, conversation);
        // the route checked that a chosen option belongs to this instance and step: its value is the answer
        Input input = context.inbound().input() instanceof Input.Choice choice
                && CallbackData.parse(choice.data()) instanceof CallbackData.DialogAnswer answer
                ? new Input.Choice(answer.value()) : context.inbound().input();
        String data = switch (input) {
            case Input.Choice choice -> choice.data();
            case Input.Command command -> "~" + command.name();
            default -> "";
        };
        if (data.equals(CANCEL)) {
            delete(key(context));
            return List.of(Outbound.text(context.messages().get("dialog.cancelled")).asReplacement(),
                    menu(context, flow));
        }
        if (data.equals(BACK)) {
            Step previous = step.confirm() ? step : flow.before(step, context).orElse(step);
            return moveTo(flow, previous, conversation, context);
        }
        if (data.equals(SKIP) && step.optional()) {
            context.data().remove(step.id());
            return advance(flow, step, conversation, context);
        }
        if (step.confirm()) {
            return confirmStep(flow, step, data, conversation, context);
        }
        try {
            context.data().put(step.id(), step.reader().read(context, input));
        } catch (InvalidValueException | InputRefusedException refused) {
            return List.of(Outbound.text(ErrorReplies.describe(context.messages(), refused).orElseThrow()),
                    prompt(flow, step, context));
        }
        return advance(flow, step, conversation, context);
    }

    private List<Outbound> confirmStep(Flow flow, Step step, String data, Conversation conversation,
                                       DialogContext context) {
        if (data.equals(CONFIRM)) {
            return finish(flow, conversation, context);
        }
        if (data.equals(EDIT) && !flow.editable().isEmpty()) {
            List<List<Option>> rows = new ArrayList<>();
            flow.editable().forEach(id -> rows.add(List.of(answerOption(context,
                    context.messages().get("field." + flow.name() + "." + id), EDIT_FIELD + id))));
            // Cancel too: this list replaces the summary and its buttons
            rows.add(List.of(answerOption(context, context.messages().get("nav.back"), STAY),
                    answerOption(context, context.messages().get("nav.cancel"), CANCEL)));
            return List.of(Outbound.withOptions(context.messages().get("dialog.edit_which"), rows).asReplacement());
        }
        if (data.startsWith(EDIT_FIELD)) {
            Optional<Step> target = flow.step(data.substring(EDIT_FIELD.length()))
                    .filter(s -> flow.editable().contains(s.id()));
            if (target.isPresent()) {
                context.data().put(RETURN_TO_CONFIRM, "1");
                return moveTo(flow, target.get(), conversation, context);
            }
        }
        if (!data.equals(STAY)) {
            return List.of(Outbound.text(context.messages().get("dialog.use_buttons")), prompt(flow, step, context));
        }
        return List.of(prompt(flow, step, context));
    }

    private List<Outbound> advance(Flow flow, Step step, Conversation conversation, DialogContext context) {
        Optional<Step> confirm = flow.step("confirm");
        if (context.data().remove(RETURN_TO_CONFIRM) != null && confirm.isPresent()) {
            return moveTo(flow, confirm.get(), conversation, context);
        }
        Optional<Step> next = flow.after(step, context);
        if (next.isEmpty()) {
            return finish(flow, conversation, context);
        }
        return moveTo(flow, next.get(), conversation, context);
    }

    private List<Outbound> moveTo(Flow flow, Step next, Conversation conversation, DialogContext context) {
        // asked before saving: a question that cannot be asked (the answers together are refused, the person
        // may not see the choices) leaves the dialog where it was instead of stuck on that question
        if (!context.data().containsKey(INSTANCE)) { // a dialog begun before instances were named
            context.data().put(INSTANCE, instanceId()); // drawn only then: an id is a SecureRandom read
        }
        context.data().put(STEP_VERSION, Long.toString(stepVersion(context.data()) + 1));
        Outbound question = prompt(flow, next, context);
        Redelivery.remember(context.inbound(), context.data());
        Conversation saved = new Conversation(flow.stepId(next), context.data(), conversation.version() + 1,
                clock.instant());
        if (!save(key(context), saved, conversation.version())) {
            return List.of(Outbound.text(context.messages().get("dialog.conflict")));
        }
        return List.of(question);
    }

    private List<Outbound> finish(Flow flow, Conversation conversation, DialogContext context) {
        try {
            List<Outbound> replies = flow.finish().apply(context);
            ended(key(context), conversation, context);
            return replies;
        } catch (InvalidValueException refused) {
            // the answers together are not acceptable: stay, so nothing typed is lost
            return List.of(Outbound.text(context.messages().error(refused)));
        } catch (RuntimeException failure) {
            Optional<String> words = ErrorReplies.describe(context.messages(), failure);
            if (words.isEmpty() || failure instanceof StoreUnavailableException) {
                // a store that did not answer: said as such (and counted) by handle, the dialog kept to confirm again
                throw failure;
            }
            delete(key(context));
            return List.of(Outbound.text(words.get()), menu(context, flow));
        }
    }

    /**
     * Starts a flow for the person in the context, with some answers known already (e.g. the request).
     */
    List<Outbound> start(String flowName, DialogContext context, Map<String, String> known) {
        Flow flow = flows.get(flowName);
        context.data().putAll(flow.seed().get());
        context.data().putAll(known);
        context.data().put(INSTANCE, instanceId());
        context.data().put(STEP_VERSION, "1");
        Step first = flow.steps().get(0);
        Outbound question = prompt(flow, first, context); // before saving, as in moveTo
        Redelivery.remember(context.inbound(), context.data());
        Conversation conversation = new Conversation(flow.stepId(first), context.data(), 1, clock.instant());
        if (!save(key(context), conversation, 0)) {
            return List.of(Outbound.text(context.messages().get("dialog.conflict")));
        }
        return List.of(question);
    }

    /**
     * Saves; a store that does not answer may still write, so that save is remembered as uncertain. A dialog saved
     * is remembered as open in this process, so that a store that loses it later is noticed ({@link OpenDialogs}).
     */
    private boolean save(ConversationKey key, Conversation conversation, long expectedVersion) {
        try {
            boolean saved = store.save(key, conversation, expectedVersion);
            if (saved && open != null) {
                open.saved(key, conversation.updatedAt());
            }
            return saved;
        } catch (StoreUnavailableException unanswered) {
            uncertain.failed(key, conversation.version());
            throw unanswered;
        }
    }

    /**
     * A dialog that did its work: removed, or, when it was about a request, replaced by its {@link #FINISHED}
     * trace (one write either way).
     */
    private void ended(ConversationKey key, Conversation conversation, DialogContext context) {
        String request = context.data().get(RequestFlows.REQUEST);
        if (request == null) {
            delete(key);
            return;
        }
        Map<String, String> trace = new HashMap<>();
        trace.put(INSTANCE, context.data().getOrDefault(INSTANCE, CallbackData.DialogAnswer.NO_DIALOG));
        trace.put(RequestFlows.REQUEST, request);
        Redelivery.remember(context.inbound(), trace);
        if (!store.save(key, new Conversation(FINISHED, trace, conversation.version() + 1, clock.instant()),
                conversation.version())) {
            store.delete(key); // moved meanwhile (it cannot be: the chat's updates are in order); nothing to keep
        }
        if (open != null) {
            open.ended(key); // the trace is no dialog: losing it is nothing to tell
        }
    }

    /** @return whether the input is the finished dialog's last answer again, or another press of its buttons */
    private static boolean repeatsTheLastAnswer(DialogContext context, Conversation trace) {
        if (Redelivery.isRepeat(context.inbound(), trace.data())) {
            return true;
        }
        return context.inbound().input() instanceof Input.Choice choice
                && CallbackData.parse(choice.data()) instanceof CallbackData.DialogAnswer answer
                && answer.dialog().equals(trace.data().get(INSTANCE));
    }

    /** The request the finished dialog was about, as it is now: what its last answer did is shown there. */
    private List<Outbound> doneBefore(DialogContext context, Conversation trace) {
        RequestNumber number;
        try {
            number = new RequestNumber(Long.parseLong(trace.data().get(RequestFlows.REQUEST)));
        } catch (RuntimeException unreadable) {
            return List.of(Outbound.text(context.messages().get("dialog.already_finished")));
        }
        return List.of(Outbound.text(context.messages().get("dialog.done_before", number.value())),
                screens.card(context, number));
    }

    private void delete(ConversationKey key) {
        store.delete(key);
        if (open != null) {
            open.ended(key);
        }
    }

    /**
     * The question of a step with its options; each option that answers it carries this dialog instance and step
     * version. A step that reads typed text says so, so that a channel takes what is typed as the value.
     */
    private Outbound prompt(Flow flow, Step step, DialogContext context) {
        Messages messages = context.messages();
        List<Option> own = step.choices().apply(context).stream()
                .map(option -> option.kind() == Option.Kind.CHOICE
                        ? answerOption(context, option.label(), option.data()) : option)
                .toList();
        List<List<Option>> rows = new ArrayList<>(Keyboard.rows(own));
        List<Option> navigation = new ArrayList<>();
        if (step.confirm()) {
            navigation.add(answerOption(context, messages.get("nav.confirm"), CONFIRM));
            if (!flow.editable().isEmpty()) {
                navigation.add(answerOption(context, messages.get("nav.edit"), EDIT));
            }
        } else {
            if (flow.before(step, context).isPresent()) {
                navigation.add(answerOption(context, messages.get("nav.back"), BACK));
            }
            if (step.optional()) {
                navigation.add(answerOption(context, messages.get("nav.skip"), SKIP));
            }
        }
        navigation.add(answerOption(context, messages.get("nav.cancel"), CANCEL));
        rows.add(navigation);
        Outbound question = Outbound.withOptions(step.prompt().apply(context), rows);
        boolean typed = !step.confirm() && own.stream().noneMatch(option -> option.kind() == Option.Kind.CHOICE);
        return typed ? question.expectingText() : question;
    }

    /** @return an option that answers the current step of this dialog instance with {@code value} */
    private static Option answerOption(DialogContext context, String label, String value) {
        return Option.choice(label, new CallbackData.DialogAnswer(
                context.data().getOrDefault(INSTANCE, CallbackData.DialogAnswer.NO_DIALOG),
                stepVersion(context.data()), value).render());
    }

    /** @return a short id for a new dialog instance, from the id generator (letters and digits, lower case) */
    private String instanceId() {
        String letters = NOT_ALPHANUMERIC.matcher(ids.get()).replaceAll("").toLowerCase(java.util.Locale.ROOT);
        return letters.isEmpty() ? "0" : letters.substring(Math.max(0, letters.length() - 12));
    }

    private Step stepOf(Flow flow, Conversation conversation) {
        String local = conversation.stepId().substring(flow.name().length() + 1);
        return flow.step(local).orElse(flow.steps().get(0));
    }

    private Optional<Flow> flowOf(String stepId) {
        int colon = stepId.indexOf(':');
        return colon < 0 ? Optional.empty() : Optional.ofNullable(flows.get(stepId.substring(0, colon)));
    }

    private boolean expired(Conversation conversation) {
        return conversation.updatedAt().plus(settings.dialogTtl()).isBefore(Instant.now(clock));
    }

    private static ConversationKey key(DialogContext context) {
        return new ConversationKey(context.inbound().chat(), context.inbound().user());
    }
}
