package com.repairbot.application.dialog;

import com.repairbot.application.conversation.CallbackData;
import com.repairbot.application.conversation.Input;
import com.repairbot.application.conversation.Outbound;
import com.repairbot.application.port.in.AcceptRequestCommand;
import com.repairbot.application.port.in.MarkOnSiteCommand;
import com.repairbot.application.port.in.OpenRequests;
import com.repairbot.application.port.in.PingTechnicianCommand;
import com.repairbot.application.port.in.ReopenRequestCommand;
import com.repairbot.application.port.in.RequestCardView;
import com.repairbot.application.port.in.RequestChangeResult;
import com.repairbot.application.port.in.SetTechnicianActiveCommand;
import com.repairbot.application.port.in.TechnicianResult;
import com.repairbot.application.port.in.UnassignTechnicianCommand;
import com.repairbot.application.port.in.ViewRequestCardQuery;
import com.repairbot.domain.report.ReportPeriod;
import com.repairbot.domain.request.ActionNotPermittedException;
import com.repairbot.domain.request.IllegalTransitionException;
import com.repairbot.domain.request.MoveNotPermittedException;
import com.repairbot.domain.request.RepairRequest;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.request.Status;
import com.repairbot.domain.request.Transition;
import com.repairbot.domain.request.TransitionTable;
import com.repairbot.domain.shared.InvalidValueException;
import com.repairbot.domain.staff.Role;
import com.repairbot.domain.staff.UserId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

    private final UseCases useCases;
    private final Screens screens;
    private final ReportScreens reports;
    private final FlowStarter flows;

    Actions(UseCases useCases, Screens screens, ReportScreens reports, FlowStarter flows) {
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
        return switch (command.name()) {
            case "start", "menu", "help" -> List.of(menu(context));
            case "new" -> startFor(context, RequestFlows.CREATE, Role.DISPATCHER, Role.ADMIN);
            case "list" -> List.of(screens.list(context, "all", 0));
            case "my", "mine" -> List.of(screens.mine(context, 0));
            case "card", "r" -> List.of(screens.card(context, RequestNumber.parse(command.argument())));
            case "staff", "technicians" -> List.of(screens.technicians(context));
            case "addtech" -> startFor(context, StaffFlows.ADD_TECHNICIAN, Role.ADMIN);
            case "grant" -> startFor(context, StaffFlows.GRANT_ROLE, Role.ADMIN);
            case "revoke" -> startFor(context, StaffFlows.REVOKE_ROLE, Role.ADMIN);
            case "audit" -> List.of(screens.audit(context));
            // for someone outside the office, reports are their own statistics (as exports are): never a refusal
            case "reports" -> List.of(reports.periods(context, !context.actor().isOffice()));
            case "mystats" -> command.argument().isEmpty() ? List.of(reports.periods(context, true))
                    : List.of(reports.report(context, period(context, command.argument()), true));
            case "report" -> List.of(reports.report(context, period(context, command.argument()),
                    !context.actor().isOffice()));
            case "export" -> export(context, command.argument());
            case "cancel", "back", "skip" -> List.of(Outbound.text(context.messages().get("dialog.nothing_to_cancel")),
                    menu(context));
            default -> List.of(Outbound.text(context.messages().get("input.unknown_command")), menu(context));
        };
    }

    private List<Outbound> text(DialogContext context, String text) {
        String trimmed = text.strip();
        if (trimmed.matches("#?\\d{1,18}")) {
            return List.of(screens.card(context, RequestNumber.parse(trimmed)));
        }
        return List.of(Outbound.text(context.messages().get("input.use_menu")), menu(context));
    }

    private List<Outbound> choice(DialogContext context, String data) {
        if (CallbackData.parse(data) instanceof CallbackData.DialogAnswer) {
            return List.of(Outbound.text(context.messages().get("dialog.already_finished")));
        }
        String[] parts = data.split(":");
        try {
            return switch (parts[0] + ":") {
                case Screens.MENU -> menuChoice(context, parts[1]);
                case Screens.LIST -> List.of(screens.list(context, filter(parts[1]), page(parts[2])).asReplacement());
                case Screens.MINE -> List.of(screens.mine(context, page(parts[1])).asReplacement());
                case Screens.REQUEST -> requestAction(context, RequestNumber.parse(parts[1]), parts[2]);
                case Screens.TECHNICIAN -> technicianAction(context, UserId.parse(parts[1]), parts[2]);
                case ReportScreens.PERIOD -> reportChoice(context, parts[1].equals(ReportScreens.OWN), parts[2]);
                case ReportScreens.EXPORT -> List.of(reports.export(context, period(context, parts[3]),
                        ReportScreens.format(parts[1]), parts[2].equals(ReportScreens.OWN)));
                default -> unknown(context);
            };
        } catch (ArrayIndexOutOfBoundsException | IllegalArgumentException e) {
            if (e instanceof InvalidValueException invalid) {
                throw invalid;
            }
            return unknown(context);
        }
    }

    private static List<Outbound> unknown(DialogContext context) {
        return List.of(Outbound.text(context.messages().get("input.unknown_button")));
    }

    private static String filter(String code) {
        return code.equals("all") ? code : Status.valueOf(code).name();
    }

    private static int page(String text) {
        return Math.max(0, Integer.parseInt(text));
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
        return switch (action) {
            case "card" -> List.of(screens.card(context, number).asReplacement());
            case "accept" -> changed(context, useCases.accept().accept(new AcceptRequestCommand(actor, number)));
            case "onsite" -> changed(context, useCases.onSite().markOnSite(new MarkOnSiteCommand(actor, number)));
            case "unassign" -> changed(context, useCases.unassign().unassign(new UnassignTechnicianCommand(actor, number)));
            case "reopen" -> changed(context, useCases.reopen().reopen(new ReopenRequestCommand(actor, number)));
            case "ping" -> {
                useCases.ping().ping(new PingTechnicianCommand(actor, number));
                yield List.of(Outbound.text(context.messages().get("ping.sent", number.value())));
            }
            case "assign", "reassign" -> startMove(context, number, RequestFlows.ASSIGN, "assign", "reassign");
            case "decline" -> startMove(context, number, RequestFlows.DECLINE, "decline");
            case "refuse" -> startMove(context, number, RequestFlows.REFUSE, "refuse");
            case "long_repair" -> startMove(context, number, RequestFlows.LONG_REPAIR, "long_repair");
            case "complete" -> startMove(context, number, RequestFlows.COMPLETE, "complete");
            case "resched" -> flows.start(RequestFlows.RESCHEDULE, context, request);
            case "notes" -> flows.start(RequestFlows.ADD_NOTES, context, request);
            case "edit" -> flows.start(RequestFlows.EDIT_FIELD, context, request);
            default -> unknown(context);
        };
    }

    /**
     * Starts the dialog of a move only when this person may make it now, so that nobody answers every
     * question to be refused at the end (the use case checks again when the dialog finishes).
     */
    private List<Outbound> startMove(DialogContext context, RequestNumber number, String flow, String... actions) {
        RequestCardView view = useCases.card().view(new ViewRequestCardQuery(context.actor().id(), number));
        List<String> wanted = List.of(actions);
        if (view.moves().stream().noneMatch(move -> wanted.contains(move.action()))) {
            RepairRequest request = view.request();
            Status target = TransitionTable.rows().stream().filter(row -> wanted.contains(row.action()))
                    .map(Transition::to).findFirst().orElseThrow();
            Set<Status> allowed = TransitionTable.targets(context.actor(), request);
            throw TransitionTable.find(request.status(), target).isPresent()
                    ? new MoveNotPermittedException(number, request.status(), target, allowed)
                    : new IllegalTransitionException(number, request.status(), target, allowed);
        }
        return flows.start(flow, context, Map.of(RequestFlows.REQUEST, Long.toString(number.value())));
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
