package com.repairbot.application.dialog;

import com.repairbot.application.ApplicationSettings;
import com.repairbot.application.conversation.CallbackData;
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
import java.util.Optional;

/**
 * The client's screens (menu, "my requests", their card), with the client's buttons ({@link CallbackData.ClientButton}).
 * A button names only a request number: whose it is, is checked on the server when it is pressed.
 */
final class ClientScreens {

    /** What a client's button asks for. */
    enum Action { MENU, NEW, MINE, CARD, CANCEL, RATE, CONTACT;

        /** @return the button for this action */
        CallbackData.ClientButton button(long value) {
            return new CallbackData.ClientButton(name().toLowerCase(java.util.Locale.ROOT), value);
        }

        /** @return the action a client button asks for, if it is one of these */
        static Optional<Action> of(CallbackData.ClientButton button) {
            return java.util.Arrays.stream(values())
                    .filter(action -> action.name().equalsIgnoreCase(button.action())).findFirst();
        }
    }

    private final ApplicationSettings settings;
    private final ClientUseCases useCases;

    ClientScreens(ApplicationSettings settings, ClientUseCases useCases) {
        this.settings = settings;
        this.useCases = useCases;
    }

    private static Option button(String label, Action action, long value) {
        return action.button(value).option(label);
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
