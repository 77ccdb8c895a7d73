package com.repairbot.application.text;

import com.repairbot.application.port.in.ClientRequestView;
import java.time.ZoneId;
import java.util.StringJoiner;

/**
 * A request as its client reads it: made from {@link ClientRequestView} only, which holds nothing the office keeps
 * to itself (notes, the money split, staff phones, the history).
 */
public final class ClientCards {

    private final Messages messages;
    private final ZoneId zone;

    /**
     * @param messages the client's language
     * @param zone     the business time zone, for timestamps
     */
    public ClientCards(Messages messages, ZoneId zone) {
        this.messages = messages;
        this.zone = zone;
    }

    /** @return the card the client sees */
    public String card(ClientRequestView view) {
        StringJoiner out = new StringJoiner("\n");
        out.add(messages.get("client.card.title", view.number().value(), status(view)));
        out.add(messages.get("card.equipment", messages.equipment(view.equipment())));
        out.add(messages.get("card.description", view.description().value()));
        out.add(messages.get("card.address", view.address().value()));
        if (view.photos() > 0) {
            out.add(messages.get("client.card.photos", view.photos()));
        }
        view.technician().ifPresent(name -> out.add(name.isEmpty() ? messages.get("client.card.technician")
                : messages.get("client.card.technician_named", name)));
        view.visit().ifPresent(visit -> out.add(messages.get("card.visit", new Cards(messages, zone).visit(visit))));
        view.expectedBy().ifPresent(date -> out.add(messages.get("card.long_repair", messages.date(date))));
        view.total().ifPresent(total -> out.add(messages.get("client.card.total", messages.money(total))));
        view.reason().ifPresent(reason -> out.add(messages.get("card.refusal", reason)));
        view.rating().ifPresent(rating -> out.add(messages.get("client.card.rating", rating.score(),
                rating.comment().orElse(""))));
        out.add(messages.get("card.created", messages.dateTime(view.createdAt().atZone(zone).toLocalDateTime())));
        return out.toString();
    }

    /** @return one line of "my requests": number, status, appliance */
    public String listLine(ClientRequestView view) {
        return messages.get("client.list.line", view.number().value(), status(view),
                messages.equipment(view.equipment()));
    }

    /**
     * @param what the detail of the notification: a move's intent, or {@code visit}
     * @return the notice of a change, with the card below it
     */
    public String notice(String what, ClientRequestView view) {
        String key = "client.notify." + what;
        String headline = messages.has(key)
                ? messages.get(key, view.number().value(),
                        view.visit().map(visit -> new Cards(messages, zone).visit(visit)).orElse(""),
                        view.expectedBy().map(messages::date).orElse(""),
                        view.total().map(messages::money).orElse(""), view.reason().orElse(""))
                : messages.get("client.notify.other", view.number().value(), status(view));
        return headline + "\n\n" + card(view);
    }

    private String status(ClientRequestView view) {
        return view.cancelled() ? messages.get("client.status.cancelled") : messages.status(view.status());
    }
}
