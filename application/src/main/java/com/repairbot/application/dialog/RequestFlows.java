package com.repairbot.application.dialog;

import com.repairbot.application.ApplicationSettings;
import com.repairbot.application.conversation.Input;
import com.repairbot.application.conversation.Option;
import com.repairbot.application.conversation.Outbound;
import com.repairbot.application.port.in.PhoneSharedByClientQuery;
import com.repairbot.application.port.in.AddNotesCommand;
import com.repairbot.application.port.in.RequestChangeResult;
import com.repairbot.application.port.in.RescheduleVisitCommand;
import com.repairbot.application.text.Messages;
import com.repairbot.domain.contact.PhoneNumber;
import com.repairbot.domain.request.EquipmentType;
import com.repairbot.domain.request.Notes;
import com.repairbot.domain.request.RefusalReason;
import com.repairbot.domain.request.RepairRequest;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.request.ScheduledVisit;
import com.repairbot.domain.request.VisitTimeParser;
import com.repairbot.domain.shared.InvalidValueException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The dialogs about requests (docs/dialogs.md): it gathers them — creation ({@link CreateRequestFlow}), the moves
 * ({@link MoveFlows}), the field edits ({@link EditFieldFlow}) — declares the two follow-ups (reschedule, notes), and
 * holds what they share: the request a dialog is about, the readers of the appliance, the phone and the visit.
 */
final class RequestFlows {

    static final String RESCHEDULE = "RescheduleVisit";
    static final String ADD_NOTES = "AddNotes";
    static final String EDIT_FIELD = "EditField";
    /** Data key of the request a flow is about. */
    static final String REQUEST = "_request";
    /** The request a flow is about, typed. */
    static final Key<RequestNumber> ABOUT = Key.internal(REQUEST, Codec.REQUEST);
    /** Data key of the date-time a typed visit meant when it was typed. */
    static final String VISIT_AT = "_visit_at";

    private final ApplicationSettings settings;
    private final UseCases useCases;
    private final Screens screens;
    private final CreateRequestFlow create;
    private final Optional<ClientUseCases> clients;

    RequestFlows(ApplicationSettings settings, UseCases useCases, Screens screens) {
        this(settings, useCases, Optional.empty(), screens);
    }

    /** @param clients the client's side, which says whether a phone entered belongs to a client of the bot */
    RequestFlows(ApplicationSettings settings, UseCases useCases, Optional<ClientUseCases> clients, Screens screens) {
        this.clients = clients;
        this.settings = settings;
        this.useCases = useCases;
        this.screens = screens;
        this.create = new CreateRequestFlow(settings, useCases, this);
    }

    /** @return whether a client shared that phone: a request entered with it is linked to them, who is told */
    boolean clientLinked(DialogContext ctx, PhoneNumber phone) {
        return clients.filter(c -> c.settings().enabled())
                .map(c -> c.phones().sharedByClient(new PhoneSharedByClientQuery(ctx.actor().id(), phone)))
                .orElse(false);
    }

    /** @return the result a Confirm of that create dialog had, if it created a request */
    Optional<List<Outbound>> confirmedBefore(DialogContext ctx, String instance) {
        return create.confirmedBefore(ctx, instance);
    }

    List<Flow> all() {
        List<Flow> flows = new java.util.ArrayList<>(List.of(create.flow()));
        flows.addAll(new MoveFlows(settings, useCases, this).all()); // one per move that needs data, by the table
        flows.addAll(List.of(reschedule(), addNotes(), new EditFieldFlow(useCases, this).flow()));
        return flows;
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

    // ---- request actions that need answers -----------------------------------------------------------

    com.repairbot.application.text.Cards cards(DialogContext ctx) {
        return screens.cards(ctx);
    }

    /** @return the card of a request, with the buttons for what this person may do now */
    Outbound card(DialogContext ctx, RequestNumber number) {
        return screens.card(ctx, number);
    }

    /** @return the card of a request this person has just written, as the use case returned it */
    Outbound card(DialogContext ctx, RepairRequest written) {
        return screens.card(ctx, written);
    }

    static RequestNumber number(DialogContext ctx) {
        return ctx.get(ABOUT);
    }

    static String withNumber(DialogContext ctx, String key) {
        return ctx.messages().get(key, number(ctx).value());
    }

    List<Outbound> changed(DialogContext ctx, RequestChangeResult result, String doneKey) {
        return List.of(Outbound.text(ctx.messages().get(result.changed() ? doneKey : "change.already",
                        result.request().number().value(), ctx.messages().status(result.request().status()))),
                screens.card(ctx, result.request()));
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
                Step.typing(MoveFlows.REASON, ctx -> ctx.messages().get("reschedule.reason"), RefusalReason::new));
        return new Flow(RESCHEDULE, steps, ctx -> changed(ctx, useCases.reschedule().reschedule(
                new RescheduleVisitCommand(ctx.actor().id(), number(ctx),
                        visitAsEntered(ctx), ctx.get(MoveFlows.REASON).value())),
                "reschedule.done"));
    }

    private Flow addNotes() {
        Step notes = Step.typing(CreateRequestFlow.NOTES, ctx -> withNumber(ctx, "notes.text"), Notes::new);
        return new Flow(ADD_NOTES, List.of(notes), ctx -> changed(ctx, useCases.addNotes().addNotes(
                new AddNotesCommand(ctx.actor().id(), number(ctx), ctx.get(CreateRequestFlow.NOTES))), "notes.done"));
    }
}
