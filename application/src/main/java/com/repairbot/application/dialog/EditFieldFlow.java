package com.repairbot.application.dialog;

import com.repairbot.application.conversation.Input;
import com.repairbot.application.conversation.Option;
import com.repairbot.application.port.in.EditRequestFieldCommand;
import com.repairbot.application.port.in.ViewRequestCardQuery;
import com.repairbot.domain.contact.Address;
import com.repairbot.domain.contact.PersonName;
import com.repairbot.domain.contact.PhoneNumber;
import com.repairbot.domain.money.Money;
import com.repairbot.domain.request.EditableField;
import com.repairbot.domain.request.EquipmentType;
import com.repairbot.domain.request.FieldChange;
import com.repairbot.domain.request.Notes;
import com.repairbot.domain.request.ProblemDescription;
import com.repairbot.domain.request.RepairRequest;
import com.repairbot.domain.request.ScheduledVisit;
import com.repairbot.domain.request.VisitTimeParser;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The dialog that corrects one field of a request: which field, then its new value. The menu offers what this
 * person may correct now; the money of a closed request (total, materials, review, out of city) only to an
 * admin, whose correction is split again by the same policy as the closing.
 */
final class EditFieldFlow {

    private final UseCases useCases;
    private final RequestFlows requests;

    EditFieldFlow(UseCases useCases, RequestFlows requests) {
        this.useCases = useCases;
        this.requests = requests;
    }

    Flow flow() {
        Step field = Step.choice("field", ctx -> RequestFlows.withNumber(ctx, "edit.field"), this::fieldOptions);
        Step value = new Step("value", ctx -> ctx.messages().get("edit.value",
                ctx.messages().get("field." + ctx.required("field"))), this::valueOptions,
                (ctx, input) -> editValue(ctx, input), false, false);
        return new Flow(RequestFlows.EDIT_FIELD, List.of(field, value), ctx -> requests.changed(ctx, useCases.edit().edit(
                new EditRequestFieldCommand(ctx.actor().id(), RequestFlows.number(ctx), change(ctx))), "edit.done"));
    }

    /**
     * The fields this person may correct on this request now (a technician not the address, the money only for an
     * admin, once closed): nobody is offered a field to be refused after typing its value.
     */
    private List<Option> fieldOptions(DialogContext ctx) {
        RepairRequest request = useCases.card().view(new ViewRequestCardQuery(ctx.actor().id(), RequestFlows.number(ctx)))
                .request();
        return Arrays.stream(EditableField.values())
                .filter(f -> request.mayEdit(ctx.actor(), f))
                .map(f -> Option.choice(ctx.messages().get("field." + f.code()), f.code()))
                .toList();
    }

    private List<Option> valueOptions(DialogContext ctx) {
        return switch (field(ctx)) {
            case EQUIPMENT -> requests.equipmentOptions(ctx);
            case REVIEW_TAKEN, OUT_OF_CITY -> List.of(
                    Option.choice(ctx.messages().get("word.yes"), "yes"),
                    Option.choice(ctx.messages().get("word.no"), "no"));
            default -> List.of();
        };
    }

    private static EditableField field(DialogContext ctx) {
        return EditableField.valueOf(ctx.required("field").toUpperCase(java.util.Locale.ROOT));
    }

    private String editValue(DialogContext ctx, Input input) {
        switch (field(ctx)) {
            case EQUIPMENT -> {
                return requests.equipment(ctx, input);
            }
            case PHONE -> {
                return RequestFlows.phone(ctx, input);
            }
            case TOTAL, MATERIALS -> {
                return Long.toString(Money.parse(Step.typed(input)).kopecks());
            }
            case REVIEW_TAKEN, OUT_OF_CITY -> {
                return Step.offered(ctx, input, this::valueOptions);
            }
            default -> {
            }
        }
        String text = Step.typed(input);
        return switch (changeOf(ctx.required("field"), text, ctx)) { // validates by building the value
            case FieldChange.Description c -> c.value().value();
            case FieldChange.ClientName c -> c.value().value();
            case FieldChange.ClientAddress c -> c.value().value();
            case FieldChange.NotesChange c -> c.value().map(Notes::value).orElse("");
            case FieldChange.Visit c -> c.value().map(ScheduledVisit::text).orElse("");
            case FieldChange.Equipment c -> c.value().code();
            case FieldChange.ClientPhone c -> c.value().e164();
            case FieldChange.MoneyChange c -> throw new IllegalStateException("money is read above");
        };
    }

    private FieldChange change(DialogContext ctx) {
        return changeOf(ctx.required("field"), ctx.required("value"), ctx);
    }

    private static FieldChange changeOf(String field, String value, DialogContext ctx) {
        return switch (EditableField.valueOf(field.toUpperCase(java.util.Locale.ROOT))) {
            case EQUIPMENT -> new FieldChange.Equipment(new EquipmentType(value));
            case DESCRIPTION -> new FieldChange.Description(new ProblemDescription(value));
            case CLIENT_NAME -> new FieldChange.ClientName(new PersonName(value));
            case ADDRESS -> new FieldChange.ClientAddress(new Address(value));
            case PHONE -> new FieldChange.ClientPhone(PhoneNumber.parse(value));
            case NOTES -> new FieldChange.NotesChange(Optional.of(new Notes(value)));
            case VISIT -> new FieldChange.Visit(Optional.of(VisitTimeParser.parse(value, ctx.now())));
            case TOTAL -> new FieldChange.Total(new Money(Long.parseLong(value)));
            case MATERIALS -> new FieldChange.Materials(new Money(Long.parseLong(value)));
            case REVIEW_TAKEN -> new FieldChange.ReviewTaken(value.equals("yes"));
            case OUT_OF_CITY -> new FieldChange.OutOfCity(value.equals("yes"));
        };
    }
}
