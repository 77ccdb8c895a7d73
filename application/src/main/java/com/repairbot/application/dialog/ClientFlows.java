package com.repairbot.application.dialog;

import com.repairbot.application.ApplicationSettings;
import com.repairbot.application.conversation.Input;
import com.repairbot.application.conversation.Option;
import com.repairbot.application.conversation.Outbound;
import com.repairbot.application.port.in.CancelClientRequestCommand;
import com.repairbot.application.port.in.RateRequestCommand;
import com.repairbot.application.port.in.ViewClientRequestQuery;
import com.repairbot.application.port.in.ClientRequestView;
import com.repairbot.application.port.in.CreateRequestResult;
import com.repairbot.application.port.in.SubmitClientRequestCommand;
import com.repairbot.application.text.Messages;
import com.repairbot.domain.contact.Address;
import com.repairbot.domain.contact.Client;
import com.repairbot.domain.contact.PersonName;
import com.repairbot.domain.contact.PhoneNumber;
import com.repairbot.domain.request.EquipmentType;
import com.repairbot.domain.request.Photo;
import com.repairbot.domain.request.ProblemDescription;
import com.repairbot.domain.request.Rating;
import com.repairbot.domain.request.RefusalReason;
import com.repairbot.domain.request.RequestDraft;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.shared.InvalidValueException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The client's dialogs: a new request (equipment → what is wrong → up to five photos → address → phone, shared or
 * typed → name → visit time → summary), cancelling one of theirs with an optional reason, rating a closed one.
 */
final class ClientFlows {

    static final String REQUEST = "ClientRequest";
    static final String CANCEL = "ClientCancel";
    static final String RATE = "ClientRate";
    /** Data key of the name on the contact the client shared (their profile name). */
    static final String PROFILE_NAME = "_profile_name";
    /** The answer that takes the name on the shared contact. */
    static final String USE_PROFILE = "profile";
    private static final String CONTACT = "contact";

    private final ApplicationSettings settings;
    private final ClientUseCases useCases;
    private final ClientScreens screens;
    private final Supplier<String> ids;

    ClientFlows(ApplicationSettings settings, ClientUseCases useCases, ClientScreens screens, Supplier<String> ids) {
        this.settings = settings;
        this.useCases = useCases;
        this.screens = screens;
        this.ids = ids;
    }

    List<Flow> all() {
        return List.of(request(), cancel(), rate());
    }

    // ---- a new request -----------------------------------------------------------------------------

    private Flow request() {
        List<Step> steps = new ArrayList<>();
        steps.add(Step.choice("equipment", ctx -> ctx.messages().get("client.create.equipment"),
                this::equipmentOptions));
        steps.add(Step.text("description", "client.create.description",
                text -> new ProblemDescription(text).value()));
        IntStream.rangeClosed(1, Photo.MAX_PER_REQUEST).forEach(n -> steps.add(photo(n)));
        steps.add(Step.text("address", "client.create.address", text -> new Address(text).value()));
        steps.add(new Step("phone", ctx -> ctx.messages().get("client.create.phone"),
                ctx -> List.of(new Option(ctx.messages().get("client.create.share_phone"), CONTACT,
                        Option.Kind.REQUEST_CONTACT)),
                ClientFlows::phone, false, false));
        steps.add(new Step("name", ClientFlows::namePrompt, ClientFlows::nameOptions, ClientFlows::name, false,
                false));
        steps.add(new Step("visit", ctx -> ctx.messages().get("client.create.visit"), ctx -> List.of(),
                RequestFlows::visit, true, false));
        steps.add(Step.confirm(this::summary));
        return new Flow(REQUEST, steps, this::submit,
                List.of("equipment", "description", "address", "phone", "name", "visit"),
                () -> Map.of(CreateRequestFlow.KEY, ids.get()));
    }

    private List<Option> equipmentOptions(DialogContext ctx) {
        return settings.equipment().stream()
                .map(type -> Option.choice(ctx.messages().equipment(type), type.code())).toList();
    }

    /** Photo n: asked while the client goes on sending them; Skip ends the photos. */
    private static Step photo(int n) {
        String id = "photo" + n;
        Step step = new Step(id, ctx -> n == 1 ? ctx.messages().get("client.create.photo")
                : ctx.messages().get("client.create.photo.more", n - 1, Photo.MAX_PER_REQUEST),
                ctx -> List.of(), (ctx, input) -> {
                    if (input instanceof Input.Photo photo) {
                        return new Photo(photo.fileId()).fileId();
                    }
                    throw new InputRefusedException("client.create.photo.expected");
                }, true, false);
        return n == 1 ? step : step.askedWhen(ctx -> ctx.answer("photo" + (n - 1)).isPresent());
    }

    /**
     * The client's phone: their own contact shared with the button, or typed. A contact of someone else (another
     * person's, or one without an owner) is refused: a client links requests to the phone they prove is theirs.
     */
    private static String phone(DialogContext ctx, Input input) {
        if (input instanceof Input.Contact contact) {
            if (contact.owner().filter(ctx.actor().id()::equals).isEmpty()) {
                throw new InvalidValueException("phone.not_yours");
            }
            contact.name().map(String::strip).filter(name -> name.length() >= PersonName.MIN)
                    .ifPresent(name -> ctx.data().put(PROFILE_NAME, name));
            return PhoneNumber.parse(contact.phone()).e164();
        }
        return PhoneNumber.parse(Step.typed(input)).e164();
    }

    private static String namePrompt(DialogContext ctx) {
        return ctx.answer(PROFILE_NAME).map(name -> ctx.messages().get("client.create.name.prefilled", name))
                .orElseGet(() -> ctx.messages().get("client.create.name"));
    }

    private static List<Option> nameOptions(DialogContext ctx) {
        return ctx.answer(PROFILE_NAME).map(name -> List.of(Option.choice(shortLabel(name), USE_PROFILE)))
                .orElse(List.of());
    }

    private static String shortLabel(String name) {
        return name.length() > 60 ? name.substring(0, 60) + "…" : name;
    }

    private static String name(DialogContext ctx, Input input) {
        if (input instanceof Input.Choice choice && choice.data().equals(USE_PROFILE)) {
            return new PersonName(ctx.answer(PROFILE_NAME).orElseThrow(() ->
                    new InputRefusedException("dialog.type_text"))).value();
        }
        return new PersonName(Step.typed(input)).value();
    }

    private RequestDraft draft(DialogContext ctx) {
        Client client = new Client(new PersonName(ctx.required("name")), PhoneNumber.parse(ctx.required("phone")),
                new Address(ctx.required("address")));
        return new RequestDraft(new EquipmentType(ctx.required("equipment")),
                new ProblemDescription(ctx.required("description")), client, Optional.empty(),
                ctx.answer("visit").map(text -> RequestFlows.visitAsEntered(ctx)));
    }

    private static List<Photo> photos(DialogContext ctx) {
        return IntStream.rangeClosed(1, Photo.MAX_PER_REQUEST).mapToObj(n -> ctx.answer("photo" + n))
                .flatMap(Optional::stream).map(Photo::new).toList();
    }

    private String summary(DialogContext ctx) {
        RequestDraft draft = draft(ctx);
        Messages m = ctx.messages();
        int photos = photos(ctx).size();
        return Stream.of(
                        m.get("client.create.summary"),
                        m.get("card.equipment", m.equipment(draft.equipment())),
                        m.get("card.description", draft.description().value()),
                        photos == 0 ? "" : m.get("client.create.photos", photos),
                        m.get("card.address", draft.client().address().value()),
                        m.get("card.phone", draft.client().phone().e164()),
                        m.get("card.client", draft.client().name().value()),
                        m.get("card.visit", draft.visit().map(visit -> new com.repairbot.application.text.Cards(m, settings.zone()).visit(visit))
                                .orElse("—")))
                .filter(line -> !line.isEmpty()).collect(Collectors.joining("\n"));
    }

    private List<Outbound> submit(DialogContext ctx) {
        CreateRequestResult result = useCases.submit().submit(new SubmitClientRequestCommand(ctx.actor().id(),
                draft(ctx), photos(ctx), ctx.required(CreateRequestFlow.KEY)));
        long number = result.request().number().value();
        String note = ctx.messages().get(result.created() ? "client.create.done" : "client.create.already", number);
        return List.of(Outbound.text(note).asReplacement(), screens.card(ctx, result.request().number()));
    }

    // ---- cancel and rate -----------------------------------------------------------------------------

    private Flow cancel() {
        List<Step> steps = List.of(
                new Step("reason", ctx -> ctx.messages().get("client.cancel.reason", number(ctx).value()),
                        ctx -> List.of(), (ctx, input) -> new RefusalReason(Step.typed(input)).value(), true, false));
        return new Flow(CANCEL, steps, ctx -> {
            ClientRequestView view = useCases.requests().cancel(new CancelClientRequestCommand(ctx.actor().id(),
                    number(ctx), ctx.answer("reason").map(RefusalReason::new)));
            return List.of(Outbound.text(ctx.messages().get("client.cancel.done", view.number().value())),
                    screens.card(ctx, view));
        });
    }

    private Flow rate() {
        List<Step> steps = List.of(
                Step.choice("score", ctx -> ctx.messages().get("client.rate.score", number(ctx).value()),
                        ctx -> IntStream.rangeClosed(Rating.MIN, Rating.MAX)
                                .mapToObj(n -> Option.choice("⭐".repeat(n), Integer.toString(n))).toList()),
                new Step("comment", ctx -> ctx.messages().get("client.rate.comment"), ctx -> List.of(),
                        (ctx, input) -> new Rating(Rating.MAX, Optional.of(Step.typed(input))).comment()
                                .orElseThrow(() -> new InputRefusedException("dialog.type_text")), true, false));
        return new Flow(RATE, steps, ctx -> {
            Rating rating = new Rating(Integer.parseInt(ctx.required("score")), ctx.answer("comment"));
            ClientRequestView view = useCases.requests().rate(new RateRequestCommand(ctx.actor().id(),
                    number(ctx), rating));
            return List.of(Outbound.text(ctx.messages().get("client.rate.done", view.number().value(),
                    rating.score())), screens.card(ctx, view));
        });
    }

    private static RequestNumber number(DialogContext ctx) {
        return RequestFlows.number(ctx);
    }
}
