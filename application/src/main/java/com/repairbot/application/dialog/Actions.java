package com.repairbot.application.dialog;

import com.repairbot.application.conversation.Input;
import com.repairbot.application.conversation.Outbound;
import com.repairbot.domain.report.ReportPeriod;
import com.repairbot.domain.request.ActionNotPermittedException;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.request.TransitionTable;
import com.repairbot.domain.staff.Role;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * What happens outside a dialog, by the kind of input: commands ({@link CommandActions}), buttons
 * ({@link ButtonActions}), a typed request number, anything else. Actions that need answers start a flow; the others
 * call their use case at once and show the result.
 */
final class Actions {

    /** Starts a flow with some answers known already. */
    @FunctionalInterface
    interface FlowStarter {
        List<Outbound> start(String flow, DialogContext context, Map<String, String> known);
    }

    private final Screens screens;
    private final CommandActions commands;
    private final ButtonActions buttons;

    /**
     * @param confirmedBefore the result a create dialog's Confirm had (by the dialog instance), if it created a
     *                        request: a Confirm delivered again after its dialog closed is answered with it
     */
    Actions(TransitionTable table, UseCases useCases, Screens screens, ReportScreens reports, SearchScreens search,
            AuditScreens audit, FlowStarter flows,
            BiFunction<DialogContext, String, Optional<List<Outbound>>> confirmedBefore) {
        this.screens = screens;
        this.commands = new CommandActions(useCases, screens, reports, search, audit, flows);
        this.buttons = new ButtonActions(table, useCases, screens, reports, search, audit, flows, commands,
                confirmedBefore);
    }

    Outbound menu(DialogContext context) {
        return screens.menu(context);
    }

    List<Outbound> idle(DialogContext context) {
        return switch (context.inbound().input()) {
            case Input.Command command -> commands.command(context, command);
            case Input.Choice choice -> buttons.choice(context, choice.data());
            case Input.Text text -> text(context, text.text());
            case Input.Unsupported unsupported -> List.of(Outbound.text(context.messages().get("input.unsupported")));
            case Input.Contact contact -> List.of(Outbound.text(context.messages().get("input.out_of_dialog")));
            // staff do not send photos to the bot: as for any other content it does not read
            case Input.Photo photo -> List.of(Outbound.text(context.messages().get("input.unsupported")));
            case Input.SharedChat chat -> List.of(Outbound.text(context.messages().get("input.out_of_dialog")));
        };
    }

    private List<Outbound> text(DialogContext context, String text) {
        String trimmed = text.strip();
        if (trimmed.matches("#?\\d{1,18}")) {
            return List.of(screens.card(context, RequestNumber.parse(trimmed)));
        }
        return List.of(Outbound.text(context.messages().get("input.use_menu")), menu(context));
    }

    static List<Outbound> unknown(DialogContext context) {
        return List.of(Outbound.text(context.messages().get("input.unknown_button")));
    }

    static ReportPeriod period(DialogContext context, String text) {
        return ReportPeriod.parse(text, context.now().toLocalDate());
    }

    /** Starts a dialog only for those who may finish it (its use case checks again at the end). */
    static List<Outbound> startFor(FlowStarter flows, DialogContext context, String flow, Role... roles) {
        return startFor(flows, context, flow, Map.of(), roles);
    }

    static List<Outbound> startFor(FlowStarter flows, DialogContext context, String flow, Map<String, String> known,
                                   Role... roles) {
        if (Arrays.stream(roles).noneMatch(context.actor()::has)) {
            throw new ActionNotPermittedException(flow, Optional.empty());
        }
        return flows.start(flow, context, known);
    }
}
