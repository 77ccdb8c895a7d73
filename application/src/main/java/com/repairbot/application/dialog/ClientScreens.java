package com.repairbot.application.dialog;

import com.repairbot.application.ApplicationSettings;
import com.repairbot.application.conversation.Option;
import com.repairbot.application.conversation.Outbound;
import com.repairbot.application.port.in.CancelClientRequestCommand;
import com.repairbot.application.port.in.RateRequestCommand;
import com.repairbot.application.port.in.ViewClientRequestQuery;
import com.repairbot.application.port.in.ClientRequestPage;
import com.repairbot.application.port.in.ClientRequestView;
import com.repairbot.application.port.in.ClientRequestsQuery;
import com.repairbot.application.text.ClientCards;
import com.repairbot.application.text.Messages;
import com.repairbot.domain.request.RequestNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The client's screens (menu, "my requests", their card) and the one codec of the client's buttons
 * ({@code c:<action>} or {@code c:<action>:<number>}). A button names only a request number: whose it is, is
 * checked on the server when it is pressed.
 */
final class ClientScreens {

    /** The prefix of every client button. */
    static final String PREFIX = "c:";
    private static final Pattern FORM = Pattern.compile("c:([a-z]{1,12})(?::(\\d{1,18}))?");

    /** What a client's button asks for. */
    enum Action { MENU, NEW, MINE, CARD, CANCEL, RATE, CONTACT }

    /**
     * A client's button, typed.
     *
     * @param action what it asks for
     * @param value  the request number or the page, 0 when none
     */
    record Button(Action action, long value) {

        Button {
            Objects.requireNonNull(action, "action");
            if (value < 0) {
                throw new IllegalArgumentException("negative value");
            }
        }

        String render() {
            String name = action.name().toLowerCase(java.util.Locale.ROOT);
            return value == 0 && action != Action.MINE ? PREFIX + name : PREFIX + name + ":" + value;
        }

        /** @return the button, when the data is one of the client's buttons */
        static Optional<Button> parse(String data) {
            Matcher matcher = FORM.matcher(data);
            if (!matcher.matches()) {
                return Optional.empty();
            }
            try {
                Action action = Action.valueOf(matcher.group(1).toUpperCase(java.util.Locale.ROOT));
                long value = matcher.group(2) == null ? 0 : Long.parseLong(matcher.group(2));
                return Optional.of(new Button(action, value));
            } catch (IllegalArgumentException unknown) {
                return Optional.empty();
            }
        }
    }

    private final ApplicationSettings settings;
    private final ClientUseCases useCases;

    ClientScreens(ApplicationSettings settings, ClientUseCases useCases) {
        this.settings = settings;
        this.useCases = useCases;
    }

    private static Option button(String label, Action action, long value) {
        return Option.choice(label, new Button(action, value).render());
    }

    Outbound menu(DialogContext context) {
        Messages m = context.messages();
        return Outbound.withOptions(m.get("client.menu.title"), List.of(
                List.of(button(m.get("client.menu.new"), Action.NEW, 0)),
                List.of(button(m.get("client.menu.mine"), Action.MINE, 0)),
                List.of(button(m.get("client.menu.contact"), Action.CONTACT, 0))));
    }

    Outbound contact(DialogContext context) {
        Messages m = context.messages();
        String contact = settings.companyContact().isEmpty() ? m.get("client.no_contact") : settings.companyContact();
        return Outbound.withOptions(m.get("client.contact", contact),
                List.of(List.of(button(m.get("menu.back"), Action.MENU, 0))));
    }

    Outbound mine(DialogContext context, int page) {
        Messages m = context.messages();
        ClientRequestPage found = useCases.requests().listOwn(new ClientRequestsQuery(context.actor().id(), page));
        ClientCards cards = cards(context);
        if (found.requests().isEmpty()) {
            return Outbound.withOptions(m.get("client.list.empty"), List.of(
                    List.of(button(m.get("client.menu.new"), Action.NEW, 0)),
                    List.of(button(m.get("menu.back"), Action.MENU, 0))));
        }
        StringBuilder text = new StringBuilder(m.get("client.list.title", found.total()));
        List<List<Option>> rows = new ArrayList<>();
        for (ClientRequestView view : found.requests()) {
            text.append('\n').append(cards.listLine(view));
            rows.add(List.of(button(m.get("client.action.open", view.number().value()), Action.CARD,
                    view.number().value())));
        }
        List<Option> paging = new ArrayList<>();
        if (found.page() > 0) {
            paging.add(button(m.get("list.previous"), Action.MINE, found.page() - 1L));
        }
        if (found.hasNext()) {
            paging.add(button(m.get("list.next"), Action.MINE, found.page() + 1L));
        }
        if (!paging.isEmpty()) {
            rows.add(paging);
        }
        rows.add(List.of(button(m.get("menu.back"), Action.MENU, 0)));
        return Outbound.withOptions(text.toString(), rows);
    }

    Outbound card(DialogContext context, RequestNumber number) {
        ClientRequestView view = useCases.requests().view(new ViewClientRequestQuery(context.actor().id(), number));
        return card(context, view);
    }

    Outbound card(DialogContext context, ClientRequestView view) {
        Messages m = context.messages();
        List<List<Option>> rows = new ArrayList<>();
        if (view.mayCancel()) {
            rows.add(List.of(button(m.get("client.action.cancel"), Action.CANCEL, view.number().value())));
        }
        if (view.mayRate()) {
            rows.add(List.of(button(m.get("client.action.rate"), Action.RATE, view.number().value())));
        }
        rows.add(List.of(button(m.get("client.menu.mine"), Action.MINE, 0),
                button(m.get("menu.back"), Action.MENU, 0)));
        return Outbound.withOptions(cards(context).card(view), rows);
    }

    ClientCards cards(DialogContext context) {
        return new ClientCards(context.messages(), settings.zone());
    }
}
