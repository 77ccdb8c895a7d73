package com.repairbot.application.dialog;

import com.repairbot.application.port.in.MoveRequestCommand;
import com.repairbot.application.port.in.ViewRequestCardQuery;
import com.repairbot.application.text.Messages;
import com.repairbot.domain.money.Money;
import com.repairbot.domain.request.LongRepairPlan;
import com.repairbot.domain.shared.Texts;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The long repair dialog: the date, the prepayment and the parts awaited. A request may go into long repair
 * more than once; the second time the questions show what is already recorded, and a skipped step keeps it
 * (the request keeps it too, see {@link LongRepairPlan#keeping}), so the summary shows what will be stored.
 */
final class LongRepairFlow {

    static final Key<LocalDate> DATE = Key.answer("date", Codec.DATE);
    static final Key<Money> PREPAYMENT = Key.answer("prepayment", Codec.MONEY);
    static final Key<String> PARTS = Key.answer("parts", Codec.TEXT);

    private final UseCases useCases;
    private final MoveFlows moves;

    LongRepairFlow(UseCases useCases, MoveFlows moves) {
        this.useCases = useCases;
        this.moves = moves;
    }

    /** @return the dialog of the move {@code intent}, named {@code name} */
    Flow flow(String name, String intent) {
        List<Step> steps = List.of(
                Step.answering(DATE, ctx -> RequestFlows.withNumber(ctx, "long.date"), ctx -> List.of(),
                        (ctx, input) -> RequestFlows.date(Step.typed(input), ctx)),
                Step.typing(PREPAYMENT, this::prepaymentPrompt, Money::parse).skippable(),
                Step.typing(PARTS, this::partsPrompt, text -> Texts.cleanWithin("parts_note", text, 1,
                        LongRepairPlan.MAX_NOTE)).skippable(),
                Step.confirm(ctx -> {
                    LongRepairPlan plan = plan(ctx).keeping(recorded(ctx));
                    Messages m = ctx.messages();
                    return m.get("long.summary", RequestFlows.number(ctx).value(), m.date(plan.expectedBy()),
                            plan.prepayment().map(m::money).orElse("—"),
                            plan.partsNote().isEmpty() ? "—" : plan.partsNote());
                }));
        return new Flow(name, steps, ctx -> moves.finish(ctx, intent, new MoveRequestCommand.Data.Plan(plan(ctx))),
                List.of("date", "prepayment", "parts"));
    }

    private String prepaymentPrompt(DialogContext ctx) {
        Messages m = ctx.messages();
        return recorded(ctx).flatMap(LongRepairPlan::prepayment)
                .map(amount -> m.get("long.prepayment.recorded", m.money(amount)))
                .orElseGet(() -> m.get("long.prepayment"));
    }

    private String partsPrompt(DialogContext ctx) {
        return recorded(ctx).map(LongRepairPlan::partsNote).filter(note -> !note.isEmpty())
                .map(note -> ctx.messages().get("long.parts.recorded", note))
                .orElseGet(() -> ctx.messages().get("long.parts"));
    }

    /** @return the plan of an earlier long repair of this request, as stored now */
    private Optional<LongRepairPlan> recorded(DialogContext ctx) {
        return useCases.card().view(new ViewRequestCardQuery(ctx.actor().id(), RequestFlows.number(ctx)))
                .request().longRepair();
    }

    /** @return what the person answered; skipped steps are empty, and the request keeps what it had */
    private static LongRepairPlan plan(DialogContext ctx) {
        return new LongRepairPlan(ctx.get(DATE), ctx.find(PREPAYMENT), ctx.find(PARTS).orElse(""));
    }
}
