package com.repairbot.application.dialog;

import com.repairbot.application.conversation.CallbackData;

import java.util.Optional;

import com.repairbot.application.ApplicationSettings;
import com.repairbot.application.conversation.CallbackData;
import com.repairbot.application.conversation.Option;
import com.repairbot.application.port.in.ListTechniciansQuery;
import com.repairbot.application.port.in.MoveRequestCommand;
import com.repairbot.application.port.in.RequestChangeResult;
import com.repairbot.application.conversation.Outbound;
import com.repairbot.application.text.Names;
import com.repairbot.domain.money.Money;
import com.repairbot.domain.request.Completion;
import com.repairbot.domain.request.RefusalReason;
import com.repairbot.domain.request.Requirement;
import com.repairbot.domain.request.TransitionTable;
import com.repairbot.domain.shared.InvalidValueException;
import com.repairbot.domain.staff.UserId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The dialogs of the moves, made from the transition table: one per intent that needs data, its questions chosen by
 * the row's {@link Requirement} — a technician to choose, a reason to type, the long-repair plan, the completion
 * figures — and its finish the move use case with that intent. A move that needs nothing has no dialog (the button
 * moves at once). Texts: {@code <intent>.technician} / {@code <intent>.reason} ask, {@code <intent>.done} tells
 * (else {@code change.done}); the plan and the figures use the questions of their requirement.
 */
final class MoveFlows {

    /**
     * Flow names are stored with the step of a dialog in progress, so the moves that had a dialog before moves were
     * made from the table keep their names; any other intent's dialog is {@code Move_<intent>}.
     */
    private static final Map<String, String> STORED_NAMES = Map.of("assign", "AssignTechnician",
            "decline", "DeclineRequest", "refuse", "RefuseRequest", "long_repair", "LongRepair",
            "complete", "CompleteRequest");

    static final Key<UserId> TECHNICIAN = Key.answer("technician", Codec.USER);
    static final Key<RefusalReason> REASON = Key.answer("reason", Codec.REASON);
    static final Key<Money> TOTAL = Key.answer("total", Codec.MONEY);
    static final Key<Money> MATERIALS = Key.answer("materials", Codec.MONEY);
    static final Key<Boolean> REVIEW = Key.answer("review", Codec.YES_NO);
    static final Key<Boolean> OUT_OF_CITY = Key.answer("out_of_city", Codec.YES_NO);

    private final ApplicationSettings settings;
    private final TransitionTable table;
    private final UseCases useCases;
    private final RequestFlows requests;

    MoveFlows(ApplicationSettings settings, UseCases useCases, RequestFlows requests) {
        this.settings = settings;
        this.table = settings.transitions();
        this.useCases = useCases;
        this.requests = requests;
    }

    /** @return the name of the dialog that collects what the intent needs */
    static String flowName(String intent) {
        return STORED_NAMES.getOrDefault(intent, "Move_" + intent);
    }

    /** @return one dialog for every intent of the table that needs data */
    List<Flow> all() {
        List<Flow> flows = new ArrayList<>();
        for (String intent : table.intents()) {
            Requirement needs = table.requirement(intent).orElseThrow();
            switch (needs) {
                case NONE -> { }
                case TECHNICIAN -> flows.add(technician(intent));
                case REASON -> flows.add(reason(intent));
                case LONG_REPAIR -> flows.add(new LongRepairFlow(useCases, this).flow(flowName(intent), intent));
                case COMPLETION -> flows.add(completion(intent));
            }
        }
        return flows;
    }

    /** Runs the move with what the dialog collected and shows the card. */
    List<Outbound> finish(DialogContext ctx, String intent, MoveRequestCommand.Data data) {
        // once per dialog: its last answer delivered again after an instance died with the move made (and the
        // request moved on since) is answered with the request as it is, not refused (ADR 0034)
        RequestChangeResult result = useCases.move().move(new MoveRequestCommand(ctx.actor().id(),
                RequestFlows.number(ctx), intent, data, moveKey(ctx)));
        String done = ctx.messages().has(intent + ".done") ? intent + ".done" : "change.done";
        return requests.changed(ctx, result, done);
    }

    /**
     * @return the key that makes this dialog's move once: the person and the dialog instance (none for a dialog
     *         begun before instances were named: it has nothing of its own to tell it apart)
     */
    static Optional<String> moveKey(DialogContext ctx) {
        return Optional.ofNullable(ctx.data().get(DialogEngine.INSTANCE))
                .filter(instance -> !instance.equals(CallbackData.DialogAnswer.NO_DIALOG))
                .map(instance -> "move:" + ctx.actor().id().value() + ":" + instance);
    }

    private Flow technician(String intent) {
        Function<DialogContext, List<Option>> active = ctx -> useCases.technicians()
                .technicians(new ListTechniciansQuery(ctx.actor().id(), true)).technicians().stream()
                .map(t -> Option.choice(ctx.messages().get("assign.option",
                        new Names(useCases.people()::person, ctx.messages()).of(t.id()),
                        t.specialization().value()), TECHNICIAN.codec().write(t.id())))
                .toList();
        Step technician = Step.answering(TECHNICIAN, ctx -> RequestFlows.withNumber(ctx, intent + ".technician"),
                active, (ctx, input) -> TECHNICIAN.codec().read(Step.offered(ctx, input, active)));
        return new Flow(flowName(intent), List.of(technician), ctx -> finish(ctx, intent,
                new MoveRequestCommand.Data.Technician(ctx.get(TECHNICIAN))));
    }

    private Flow reason(String intent) {
        Step reason = Step.typing(REASON, ctx -> RequestFlows.withNumber(ctx, intent + ".reason"), RefusalReason::new);
        return new Flow(flowName(intent), List.of(reason), ctx -> finish(ctx, intent,
                new MoveRequestCommand.Data.Reason(ctx.get(REASON))));
    }

    private Flow completion(String intent) {
        List<Step> steps = List.of(
                Step.typing(TOTAL, ctx -> RequestFlows.withNumber(ctx, "complete.total"), Money::parse),
                Step.answering(MATERIALS, ctx -> ctx.messages().get("complete.materials"), ctx -> List.of(),
                        (ctx, input) -> {
                            Money materials = Money.parse(Step.typed(input));
                            if (materials.compareTo(ctx.get(TOTAL)) > 0) {
                                throw new InvalidValueException("materials.exceed_total");
                            }
                            return materials;
                        }),
                Step.yesNo(REVIEW, "complete.review"),
                Step.yesNo(OUT_OF_CITY, "complete.out_of_city"),
                Step.confirm(ctx -> ctx.messages().get("complete.summary", RequestFlows.number(ctx).value())
                        + "\n" + requests.cards(ctx).completion(completion(ctx))));
        return new Flow(flowName(intent), steps, ctx -> {
            Completion c = completion(ctx);
            return finish(ctx, intent, new MoveRequestCommand.Data.Figures(c.total(), c.materials(), c.reviewTaken(),
                    c.outOfCity()));
        }, List.of("total", "materials", "review", "out_of_city"));
    }

    private Completion completion(DialogContext ctx) {
        return Completion.of(ctx.get(TOTAL), ctx.get(MATERIALS), ctx.get(REVIEW), ctx.get(OUT_OF_CITY),
                settings.splitPolicy());
    }
}
