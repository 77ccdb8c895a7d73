package com.repairbot.application.text;

import com.repairbot.application.port.in.RequestCardView;
import com.repairbot.application.port.out.UnreachableMark;
import com.repairbot.domain.money.ProfitSplit;
import com.repairbot.domain.money.Money;
import com.repairbot.domain.request.ClientSide;
import com.repairbot.domain.request.Completion;
import com.repairbot.domain.request.EditableField;
import com.repairbot.domain.request.HistoryEntry;
import com.repairbot.domain.request.LongRepairPlan;
import com.repairbot.domain.request.RepairRequest;
import com.repairbot.domain.request.ScheduledVisit;
import com.repairbot.domain.request.Status;
import com.repairbot.domain.staff.UserId;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.StringJoiner;

/** Renders requests as text for people: the card, a list line, the history and the money split. */
public final class Cards {

    private final Messages messages;
    private final ZoneId zone;
    private final Names names;

    /**
     * @param messages the reader's language
     * @param zone     the business time zone, for timestamps
     * @param names    people by name (the technician, who made each change)
     */
    public Cards(Messages messages, ZoneId zone, Names names) {
        this.messages = messages;
        this.zone = zone;
        this.names = names;
    }

    /** Cards that know nobody by name (for texts that name nobody, and tests). */
    public Cards(Messages messages, ZoneId zone) {
        this(messages, zone, Names.unknown(messages));
    }

    /** @return the full card with history, as the viewer may see it */
    public String card(RequestCardView view) {
        StringJoiner out = new StringJoiner("\n");
        out.add(summary(view.request(), view.phoneVisible()));
        // the technician cannot be reached: the office must know that the card or the news does not arrive
        view.unreachable().forEach(mark -> out.add(unreachable(mark)));
        if (!view.history().isEmpty()) {
            out.add("");
            out.add(messages.get("card.history"));
            view.history().forEach(entry -> out.add(historyLine(entry)));
        }
        return out.toString();
    }

    /** @return the line saying that a chat cannot be written to, and why */
    public String unreachable(UnreachableMark mark) {
        return messages.get("unreachable." + mark.reason().name(), mark.chat().value(),
                messages.date(mark.since().atZone(zone).toLocalDate()));
    }

    /** @return the card without history */
    public String summary(RepairRequest request, boolean phoneVisible) {
        StringJoiner out = new StringJoiner("\n");
        out.add(messages.get("card.title", request.number().value(), messages.status(request.status())));
        ClientSide side = request.clientSide();
        if (side.fromClient()) {
            out.add(messages.get("card.from_client"));
        } else if (side.account().isPresent()) {
            out.add(messages.get("card.client_linked"));
        }
        if (side.cancelled()) {
            out.add(messages.get("card.cancelled_by_client"));
        }
        out.add(messages.get("card.equipment", messages.equipment(request.equipment())));
        out.add(messages.get("card.description", request.description().value()));
        out.add(messages.get("card.client", request.client().name().value()));
        out.add(messages.get("card.phone", phoneVisible ? request.client().phone().e164()
                : request.client().phone().masked() + " " + messages.get("card.phone_hidden")));
        out.add(messages.get("card.address", request.client().address().value()));
        request.visit().ifPresent(visit -> out.add(messages.get("card.visit", visit(visit))));
        request.notes().ifPresent(notes -> out.add(messages.get("card.notes", notes.value())));
        out.add(messages.get("card.dispatcher", names.of(request.dispatcher())));
        request.technician().ifPresent(t -> out.add(messages.get("card.technician", names.of(t))));
        request.longRepair().ifPresent(plan -> {
            // the date says when a repair still under way should be done; once the request has moved on it
            // is no longer true, while the prepayment and the parts stay part of the request
            if (request.status() == Status.LONG_REPAIR) {
                out.add(messages.get("card.long_repair", messages.date(plan.expectedBy())));
            }
            plan.prepayment().ifPresent(p -> out.add(messages.get("card.prepayment", messages.money(p))));
            if (!plan.partsNote().isEmpty()) {
                out.add(messages.get("card.parts", plan.partsNote()));
            }
        });
        request.completion().ifPresent(money -> out.add(completion(money)));
        request.refusal().ifPresent(reason -> out.add(messages.get("card.refusal", reason.value())));
        if (!side.photos().isEmpty()) {
            out.add(messages.get("card.photos", side.photos().size()));
        }
        side.rating().ifPresent(rating -> out.add(messages.get("card.rating", rating.score(),
                rating.comment().orElse(""))));
        out.add(messages.get("card.created", messages.dateTime(request.createdAt().atZone(zone).toLocalDateTime())));
        return out.toString();
    }

    /** @return the money of a closed request with its split */
    public String completion(Completion money) {
        ProfitSplit split = money.split();
        return messages.get("card.money", messages.money(money.total()), messages.money(money.materials()),
                messages.yesNo(money.reviewTaken()), messages.yesNo(money.outOfCity()), messages.money(split.net()),
                split.technicianPercent(), messages.money(split.technicianShare()),
                messages.money(split.companyShare()));
    }

    /**
     * @param phoneVisible whether this reader may read the client's phone now ({@code PhoneVisibility})
     * @return one line for a list: number, status, appliance, and the client's name, phone and address in full
     *         (masking is for logs; the phone is left out, not masked, for a reader who may not read it yet)
     */
    public String listLine(RepairRequest request, boolean phoneVisible) {
        return messages.get("list.line", request.number().value(), messages.status(request.status()),
                messages.equipment(request.equipment()), request.client().name().value(),
                phoneVisible ? request.client().phone().e164() : messages.get("list.phone_hidden"),
                request.client().address().value());
    }

    /** @return the visit as typed, with the date-time understood when there is one */
    public String visit(ScheduledVisit visit) {
        return visit.at().map(at -> visit.text() + " (" + messages.dateTime(at) + ")").orElse(visit.text());
    }

    /** @return one history line: when, move, who, why */
    public String historyLine(HistoryEntry entry) {
        String when = messages.dateTime(entry.at().atZone(zone).toLocalDateTime());
        String move = entry.from().map(from -> from == entry.to() ? messages.status(from)
                : messages.status(from) + " → " + messages.status(entry.to()))
                .orElse(messages.get("history.created"));
        String comment = comment(entry.comment());
        return messages.get("history.line", when, move, names.of(entry.by()))
                + (comment.isEmpty() ? "" : " — " + comment);
    }

    private String comment(String comment) {
        if (comment.startsWith("technician:")) {
            String technician = comment.substring("technician:".length());
            return messages.get("history.technician", technician.matches("\\d{1,19}")
                    ? names.of(new UserId(Long.parseLong(technician))) : technician);
        }
        if (comment.startsWith("field:")) {
            String[] parts = comment.substring("field:".length()).split(" ", 2);
            String field = messages.get("field." + parts[0]);
            return parts.length > 1 ? messages.get("history.field", field) + ": " + fieldValues(parts[0], parts[1])
                    : messages.get("history.field", field);
        }
        if (comment.startsWith(LongRepairPlan.PREPAYMENT_PREFIX)) {
            String[] parts = comment.substring(LongRepairPlan.PREPAYMENT_PREFIX.length()).split(" ", 2);
            String amount = messages.get("history.prepayment", messages.money(Money.parse(parts[0])));
            return parts.length > 1 ? amount + "; " + parts[1] : amount;
        }
        return comment;
    }

    /** The old → new values of a money correction are stored plain; people read them in their language. */
    private String fieldValues(String field, String values) {
        boolean money = Arrays.stream(EditableField.values()).anyMatch(f -> f.isMoney() && f.code().equals(field));
        if (!money) {
            return values;
        }
        StringJoiner out = new StringJoiner(" → ");
        for (String value : values.split(" → ")) {
            out.add(switch (value) {
                case "yes" -> messages.yesNo(true);
                case "no" -> messages.yesNo(false);
                default -> messages.money(Money.parse(value));
            });
        }
        return out.toString();
    }
}
