package com.repairbot.application.dialog;

import com.repairbot.application.conversation.CallbackData;
import com.repairbot.application.conversation.Commands;
import com.repairbot.application.conversation.Input;
import com.repairbot.application.conversation.Outbound;
import com.repairbot.application.port.in.RecordClientCommand;
import com.repairbot.domain.request.RequestNumber;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a client's message means outside a dialog: {@code /start} (with a deep link's payload), the client menu, "my
 * requests", a card, the buttons on them. A staff member reaches the same with {@code /client} and the client
 * buttons, to test the client's side. Any other button (a staff button sent by a client) does nothing.
 */
final class ClientActions {

    private final ClientUseCases useCases;
    private final UseCases common;
    private final ClientScreens screens;
    private final Actions.FlowStarter flows;

    /** @param common the use cases staff and clients share (the language one reads) */
    ClientActions(ClientUseCases useCases, UseCases common, ClientScreens screens, Actions.FlowStarter flows) {
        this.useCases = useCases;
        this.common = common;
        this.screens = screens;
        this.flows = flows;
    }

    /** @return whether this input, from someone who is staff, is meant for the client's side */
    static boolean forClientSide(Input input) {
        return switch (input) {
            case Input.Command command -> command.name().equals("client");
            case Input.Choice choice -> CallbackData.parse(choice.data()) instanceof CallbackData.ClientButton;
            default -> false;
        };
    }

    Outbound menu(DialogContext context) {
        return screens.menu(context);
    }

    List<Outbound> idle(DialogContext context) {
        return switch (context.inbound().input()) {
            case Input.Command command -> command(context, command);
            case Input.Choice choice -> choice(context, choice.data());
            case Input.Text text -> text(context, text.text());
            case Input.Contact contact -> List.of(Outbound.text(context.messages().get("input.out_of_dialog")),
                    menu(context));
            case Input.Photo photo -> List.of(Outbound.text(context.messages().get("input.out_of_dialog")),
                    menu(context));
            case Input.SharedChat chat -> List.of(Outbound.text(context.messages().get("input.out_of_dialog")));
            case Input.Unsupported unsupported -> List.of(Outbound.text(context.messages().get("input.unsupported")),
                    menu(context));
        };
    }

    private List<Outbound> command(DialogContext context, Input.Command command) {
        Optional<Commands> known = Commands.named(command.name());
        if (known.isEmpty()) {
            return List.of(Outbound.text(context.messages().get("input.unknown_command")), menu(context));
        }
        return switch (known.get()) {
            case START, CLIENT -> {
                useCases.record().record(new RecordClientCommand(context.actor().id(),
                        context.inbound().language().getLanguage(),
                        Optional.of(command.argument()).filter(payload -> !payload.isEmpty())));
                yield List.of(menu(context));
            }
            case MENU -> List.of(menu(context));
            case LANG -> CommandActions.language(common, context, command.argument());
            case HELP -> List.of(Outbound.text(context.messages().get("client.help")), menu(context));
            case NEW -> startRequest(context);
            case MY, LIST -> List.of(screens.mine(context, 0));
            case CARD -> List.of(screens.card(context, RequestNumber.parse(command.argument())));
            case CANCEL -> List.of(Outbound.text(context.messages().get("dialog.nothing_to_cancel")), menu(context));
            // the staff's commands mean nothing on the client's side
            case REPORTS, REPORT, MYSTATS, EXPORT, STAFF, ADDTECH, GRANT, REVOKE, AUDIT, FIND ->
                    List.of(Outbound.text(context.messages().get("input.unknown_command")), menu(context));
        };
    }

    private List<Outbound> startRequest(DialogContext context) {
        useCases.submit().checkMayOpen(context.actor().id());
        return flows.start(ClientFlows.REQUEST, context, Map.of());
    }

    private List<Outbound> text(DialogContext context, String text) {
        String trimmed = text.strip();
        if (trimmed.matches("#?\\d{1,18}")) {
            return List.of(screens.card(context, RequestNumber.parse(trimmed)));
        }
        return List.of(menu(context));
    }

    private List<Outbound> choice(DialogContext context, String data) {
        if (CallbackData.parse(data) instanceof CallbackData.DialogAnswer) {
            return List.of(Outbound.text(context.messages().get("dialog.already_finished")));
        }
        Optional<ClientScreens.Action> action = CallbackData.parse(data) instanceof CallbackData.ClientButton button
                ? ClientScreens.Action.of(button) : Optional.empty();
        if (action.isEmpty()) {
            return List.of(Outbound.text(context.messages().get("input.unknown_button")));
        }
        long value = ((CallbackData.ClientButton) CallbackData.parse(data)).value();
        return switch (action.get()) {
            case MENU -> List.of(menu(context).asReplacement());
            case NEW -> startRequest(context);
            case MINE -> List.of(screens.mine(context, (int) Math.min(value, Integer.MAX_VALUE)).asReplacement());
            case CARD -> List.of(screens.card(context, new RequestNumber(value)));
            case CANCEL -> withOwn(context, value, ClientFlows.CANCEL);
            case RATE -> withOwn(context, value, ClientFlows.RATE);
            case CONTACT -> List.of(screens.contact(context));
        };
    }

    /** Starts a dialog about one request, after the server has checked that it is the client's own. */
    private List<Outbound> withOwn(DialogContext context, long number, String flow) {
        screens.card(context, new RequestNumber(number)); // not theirs: not found, and nothing starts
        return flows.start(flow, context, Map.of(RequestFlows.REQUEST, Long.toString(number)));
    }
}
