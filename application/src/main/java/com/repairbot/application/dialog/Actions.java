package com.repairbot.application.dialog;

import com.repairbot.application.conversation.CallbackData;
import com.repairbot.application.conversation.Commands;
import com.repairbot.application.conversation.Input;
import com.repairbot.application.conversation.Outbound;
import com.repairbot.application.port.in.MoveRequestCommand;
import com.repairbot.application.port.in.OpenRequests;
import com.repairbot.application.port.in.PingTechnicianCommand;
import com.repairbot.application.port.in.RequestCardView;
import com.repairbot.application.port.in.RequestChangeResult;
import com.repairbot.application.port.in.SetTechnicianActiveCommand;
import com.repairbot.application.port.in.TechnicianResult;
import com.repairbot.application.port.in.ViewRequestCardQuery;
import com.repairbot.application.service.CardButtons;
import com.repairbot.application.text.Messages;
import com.repairbot.domain.report.ReportPeriod;
import com.repairbot.domain.request.ActionNotPermittedException;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.request.Requirement;
import com.repairbot.domain.request.Status;
import com.repairbot.domain.request.TransitionRefusedException;
import com.repairbot.domain.request.TransitionTable;
import com.repairbot.domain.shared.InvalidValueException;
import com.repairbot.domain.staff.Role;
import com.repairbot.domain.staff.UserId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * What happens outside a dialog: commands, menu choices and the buttons on request cards. Actions that
 * need answers start a flow; the others call their use case at once and show the result.
 */
final class Actions {

    /** Starts a flow with some answers known already. */
    @FunctionalInterface
    interface FlowStarter {
        List<Outbound> start(String flow, DialogContext context, Map<String, String> known);
    }

    private final TransitionTable table;
    private final UseCases useCases;
    private final Screens screens;
    private final ReportScreens reports;
    private final FlowStarter flows;

    Actions(TransitionTable table, UseCases useCases, Screens screens, ReportScreens reports, FlowStarter flows) {
        this.table = table;
        this.useCases = useCases;
        this.screens = screens;
        this.reports = reports;
        this.flows = flows;
    }

    Outbound menu(DialogContext context) {
        return screens.menu(context);
    }

    List<Outbound> idle(DialogContext context) {
        return switch (context.inbound().input()) {
            case Input.Command command -> command(context, command);
            case Input.Choice choice -> choice(context, choice.data());
            case Input.Text text -> text(context, text.text());
            case Input.Unsupported unsupported -> List.of(Outbound.text(context.messages().get("input.unsupported")));
            case Input.Contact contact -> List.of(Outbound.text(context.messages().get("input.out_of_dialog")));
            case Input.Photo photo -> List.of(Outbound.text(context.messages().get("input.out_of_dialog")));
            case Input.SharedChat chat -> List.of(Outbound.text(context.messages().get("input.out_of_dialog")));
        };
    }

    private List<Outbound> command(DialogContext context, Input.Command command) {
        Optional<Commands> known = Commands.named(command.name());
        if (known.isEmpty()) {
            return List.of(Outbound.text(context.messages().get("input.unknown_command")), menu(context));
        }
        return switch (known.get()) {
            case START, MENU -> List.of(menu(context));
            case HELP -> List.of(help(context), menu(context));
            case NEW -> startFor(context, RequestFlows.CREATE, Role.DISPATCHER, Role.ADMIN);
            case LIST -> List.of(screens.list(context, "all", 0));
            case MY -> List.of(screens.mine(context, 0));
            case CARD -> List.of(screens.card(context, RequestNumber.parse(command.argument())));
            case STAFF -> List.of(screens.technicians(context));
            case ADDTECH -> startFor(context, StaffFlows.ADD_TECHNICIAN, Role.ADMIN);
            case GRANT -> startFor(context, StaffFlows.GRANT_ROLE, Role.ADMIN);
            case REVOKE -> startFor(context, StaffFlows.REVOKE_ROLE, Role.ADMIN);
            case AUDIT -> List.of(screens.audit(context));
            // for someone outside the office, reports are their own statistics (as exports are): never a refusal
            case REPORTS -> List.of(reports.periods(context, !context.actor().isOffice()));
            case MYSTATS -> command.argument().isEmpty() ? List.of(reports.periods(context, true))
                    : List.of(reports.report(context, period(context, command.argument()), true));
            case REPORT -> List.of(reports.report(context, period(context, command.argument()),
                    !context.actor().isOffice()));
            case EXPORT -> export(context, command.argument());
            case CANCEL -> List.of(Outbound.text(context.messages().get("dialog.nothing_to_cancel")), menu(context));
            // the client's side for staff is routed before this (DialogEngine)
            case CLIENT -> List.of(menu(context));
        };
    }

    /** {@code /help}: what this person's roles let them do, in a few lines, with the commands for them. */
    private Outbound help(DialogContext context) {
        Messages m = context.messages();
        StringJoiner text = new StringJoiner("\n");
        context.actor().roles().stream().sorted().forEach(role -> text.add(m.get("help.role." + role.name())));
        text.add("");
        text.add(m.get("help.commands"));
        Commands.forRoles(context.actor().roles()).stream().filter(command -> command != Commands.START)
                .forEach(command -> text.add("/" + command.word() + " — " + m.get(command.key())));
        text.add("");
        text.add(m.get("help.buttons"));
        return Outbound.text(text.toString());
    }

    private List<Outbound> text(DialogContext context, String text) {
        String trimmed = text.strip();
        if (trimmed.matches("#?\\d{1,18}")) {
            return List.of(screens.card(context, RequestNumber.parse(trimmed)));
        }
        return List.of(Outbound.text(context.messages().get("input.use_menu")), menu(context));
    }

    private List<Outbound> choice(DialogContext context, String data) {
        try {
            return switch (CallbackData.parse(data)) {
                case CallbackData.DialogAnswer answer ->
                        List.of(Outbound.text(context.messages().get("dialog.already_finished")));
                case CallbackData.Menu menu -> menuChoice(context, menu.command());
                case CallbackData.ListPage list ->
                        List.of(screens.list(context, filter(list.filter()), list.page()).asReplacement());
                case CallbackData.MinePage mine -> List.of(screens.mine(context, mine.page()).asReplacement());
                case CallbackData.RequestButton button ->
                        requestAction(context, new RequestNumber(button.number()), button.action());
                case CallbackData.TechnicianButton button ->
                        technicianAction(context, new UserId(button.technician()), button.action());
                case CallbackData.ReportChoice report ->
                        reportChoice(context, report.scope().equals(ReportScreens.OWN), report.period());
                case CallbackData.ExportChoice export -> List.of(reports.export(context,
                        period(context, export.period()), ReportScreens.format(export.format()),
                        export.scope().equals(ReportScreens.OWN)));
                // the client's side is routed before this (DialogEngine); here it is a stale or foreign press
                case CallbackData.ClientButton client -> unknown(context);
                case CallbackData.Unknown unknown -> unknown(context);
            };
        } catch (IllegalArgumentException malformed) {
            // data that parsed but names nothing there is (a status, a request number out of range)
            return unknown(context);
        }
    }

    private static List<Outbound> unknown(DialogContext context) {
        return List.of(Outbound.text(context.messages().get("input.unknown_button")));
    }

    private static String filter(String code) {
        return code.equals("all") ? code : Status.valueOf(code).name();
    }

    private List<Outbound> reportChoice(DialogContext context, boolean own, String period) {
        if (period.equals("custom")) {
            return flows.start(ReportFlows.CUSTOM, context,
                    Map.of(ReportFlows.SCOPE, own ? ReportScreens.OWN : ReportScreens.ALL));
        }
        return List.of(reports.report(context, period(context, period), own).asReplacement());
    }

    /** {@code /export [xlsx|csv] [period]}: everyone's for the office, their own for a technician. */
    private List<Outbound> export(DialogContext context, String argument) {
        String[] words = argument.isBlank() ? new String[0] : argument.strip().split("\\s+", 2);
        boolean named = words.length > 0 && (words[0].equalsIgnoreCase("xlsx") || words[0].equalsIgnoreCase("csv"));
        if (!named && words.length > 0 && words[0].matches("\\p{L}{2,5}") && !isPeriod(context, words[0])) {
            // a word that is no period in a format's place: /export pdf
            throw new InvalidValueException("export.format_unsupported", words[0]);
        }
        String format = named ? words[0] : "xlsx";
        String period = named ? (words.length > 1 ? words[1] : "") : argument;
        boolean own = !context.actor().isOffice();
        return List.of(reports.export(context, period(context, period), ReportScreens.format(format), own));
    }

    private static boolean isPeriod(DialogContext context, String word) {
        try {
            period(context, word);
            return true;
        } catch (InvalidValueException notOne) {
            return false;
        }
    }

    private static ReportPeriod period(DialogContext context, String text) {
        return ReportPeriod.parse(text, context.now().toLocalDate());
    }

    private List<Outbound> menuChoice(DialogContext context, String item) {
        return command(context, new Input.Command(item, ""));
    }

    private List<Outbound> requestAction(DialogContext context, RequestNumber number, String action) {
        UserId actor = context.actor().id();
        Map<String, String> request = Map.of(RequestFlows.REQUEST, Long.toString(number.value()));
        if (table.requirement(action).isPresent()) {
            return move(context, number, action);
        }
        return switch (action) {
            case CardButtons.CARD -> List.of(screens.card(context, number).asReplacement());
            case "ping" -> {
                useCases.ping().ping(new PingTechnicianCommand(actor, number));
                yield List.of(Outbound.text(context.messages().get("ping.sent", number.value())));
            }
            case "resched" -> flows.start(RequestFlows.RESCHEDULE, context, request);
            case "notes" -> flows.start(RequestFlows.ADD_NOTES, context, request);
            case "edit" -> flows.start(RequestFlows.EDIT_FIELD, context, request);
            default -> unknown(context);
        };
    }

    /**
     * A move's button: a move that needs nothing is made at once; one that needs data starts its dialog, but only
     * when this person may make it now, so that nobody answers every question to be refused at the end (the use
     * case checks again when the dialog finishes).
     */
    private List<Outbound> move(DialogContext context, RequestNumber number, String intent) {
        if (table.requirement(intent).orElseThrow() == Requirement.NONE) {
            return changed(context, useCases.move().move(new MoveRequestCommand(context.actor().id(), number, intent,
                    MoveRequestCommand.Data.NONE)));
        }
        RequestCardView view = useCases.card().view(new ViewRequestCardQuery(context.actor().id(), number));
        Optional<TransitionRefusedException> refused = table.refusal(context.actor(), view.request(), intent);
        if (refused.isPresent()) {
            throw refused.get();
        }
        return flows.start(MoveFlows.flowName(intent), context,
                Map.of(RequestFlows.REQUEST, Long.toString(number.value())));
    }

    /** Starts a dialog only for those who may finish it (its use case checks again at the end). */
    private List<Outbound> startFor(DialogContext context, String flow, Role... roles) {
        return startFor(context, flow, Map.of(), roles);
    }

    private List<Outbound> startFor(DialogContext context, String flow, Map<String, String> known, Role... roles) {
        if (Arrays.stream(roles).noneMatch(context.actor()::has)) {
            throw new ActionNotPermittedException(flow, Optional.empty());
        }
        return flows.start(flow, context, known);
    }

    private List<Outbound> changed(DialogContext context, RequestChangeResult result) {
        String note = context.messages().get(result.changed() ? "change.done" : "change.already",
                result.request().number().value(), context.messages().status(result.request().status()));
        return List.of(Outbound.text(note), screens.card(context, result.request().number()));
    }

    private List<Outbound> deactivated(DialogContext context, UserId technician, OpenRequests open) {
        TechnicianResult result = useCases.setActive().setActive(
                new SetTechnicianActiveCommand(context.actor().id(), technician, false, open));
        if (result.decisionNeeded()) {
            return List.of(screens.deactivation(context, result));
        }
        if (result.open().isEmpty() && result.unassigned().isEmpty()) {
            return List.of(screens.technicians(context).asReplacement());
        }
        return List.of(Outbound.text(screens.deactivated(context, result)), screens.technicians(context));
    }

    private List<Outbound> technicianAction(DialogContext context, UserId technician, String action) {
        UserId actor = context.actor().id();
        return switch (action) {
            case "on" -> {
                useCases.setActive().setActive(new SetTechnicianActiveCommand(actor, technician, true));
                yield List.of(screens.technicians(context).asReplacement());
            }
            // off asks first when requests are still theirs; the answer is one of the two after it
            case "off" -> deactivated(context, technician, OpenRequests.ASK);
            case "offu" -> deactivated(context, technician, OpenRequests.UNASSIGN);
            case "offk" -> deactivated(context, technician, OpenRequests.KEEP);
            case "bind" -> startFor(context, StaffFlows.BIND_GROUP,
                    Map.of(StaffFlows.TECHNICIAN, Long.toString(technician.value())), Role.ADMIN);
            default -> unknown(context);
        };
    }
}
