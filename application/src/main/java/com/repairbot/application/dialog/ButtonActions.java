package com.repairbot.application.dialog;

import com.repairbot.application.conversation.CallbackData;
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
import com.repairbot.domain.request.ActionNotPermittedException;
import com.repairbot.domain.request.EditableField;
import com.repairbot.domain.request.RepairRequest;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.request.Requirement;
import com.repairbot.domain.request.Status;
import com.repairbot.domain.request.TransitionRefusedException;
import com.repairbot.domain.request.TransitionTable;
import com.repairbot.domain.staff.Role;
import com.repairbot.domain.staff.UserId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The buttons outside a dialog, read by the one codec ({@link CallbackData}): menus, list pages, request cards (a
 * move's button makes the move, or starts its dialog), technicians and reports.
 */
final class ButtonActions {

    private final TransitionTable table;
    private final UseCases useCases;
    private final Screens screens;
    private final ReportScreens reports;
    private final Actions.FlowStarter flows;
    private final CommandActions commands;
    private final SearchScreens search;
    private final AuditScreens audit;
    private final BiFunction<DialogContext, String, Optional<List<Outbound>>> confirmedBefore;

    ButtonActions(TransitionTable table, UseCases useCases, Screens screens, ReportScreens reports,
                  SearchScreens search, AuditScreens audit, Actions.FlowStarter flows, CommandActions commands,
                  BiFunction<DialogContext, String, Optional<List<Outbound>>> confirmedBefore) {
        this.search = search;
        this.audit = audit;
        this.confirmedBefore = confirmedBefore;
        this.table = table;
        this.useCases = useCases;
        this.screens = screens;
        this.reports = reports;
        this.flows = flows;
        this.commands = commands;
    }

    List<Outbound> choice(DialogContext context, String data) {
        try {
            return switch (CallbackData.parse(data)) {
                case CallbackData.DialogAnswer answer -> finished(context, answer);
                case CallbackData.Menu menu -> commands.command(context, new Input.Command(menu.command(), ""));
                case CallbackData.ListPage list ->
                        List.of(screens.list(context, filter(list.filter()), list.page()).asReplacement());
                case CallbackData.MinePage mine -> List.of(screens.mine(context, mine.page()).asReplacement());
                case CallbackData.RequestButton button ->
                        requestAction(context, new RequestNumber(button.number()), button.action());
                case CallbackData.TechnicianButton button ->
                        technicianAction(context, new UserId(button.technician()), button.action());
                case CallbackData.ReportChoice report ->
                        reportChoice(context, ReportScreens.Scope.parse(report.scope()), report.period());
                case CallbackData.ExportChoice export -> List.of(reports.export(context,
                        Actions.period(context, export.period()), ReportScreens.format(export.format()),
                        ReportScreens.Scope.parse(export.scope())));
                case CallbackData.TechnicianReport pick -> List.of(reports.pickTechnician(context,
                        Actions.period(context, pick.period())).asReplacement());
                case CallbackData.AuditPage page ->
                        List.of(audit.page(context, AuditScreens.fromCode(page.filter()), page.page()).asReplacement());
                case CallbackData.SearchPage page ->
                        List.of(search.results(context, page.text(), page.page()).asReplacement());
                // the client's side is routed before this (DialogEngine); here it is a stale or foreign press
                case CallbackData.ClientButton client -> Actions.unknown(context);
                case CallbackData.Unknown unknown -> Actions.unknown(context);
            };
        } catch (IllegalArgumentException malformed) {
            // data that parsed but names nothing there is (a status, a request number out of range)
            return Actions.unknown(context);
        }
    }

    /** A press in a dialog that is over; a Confirm delivered again after a crash that closed it gets its result. */
    private List<Outbound> finished(DialogContext context, CallbackData.DialogAnswer answer) {
        if (answer.value().equals(DialogEngine.CONFIRM) && !answer.dialog().equals(CallbackData.DialogAnswer.NO_DIALOG)) {
            Optional<List<Outbound>> result = confirmedBefore.apply(context, answer.dialog());
            if (result.isPresent()) {
                return result.get();
            }
        }
        return List.of(Outbound.text(context.messages().get("dialog.already_finished")));
    }

    private static String filter(String code) {
        return code.equals("all") ? code : Status.valueOf(code).name();
    }

    private List<Outbound> reportChoice(DialogContext context, ReportScreens.Scope scope, String period) {
        if (period.equals("custom")) {
            return flows.start(ReportFlows.CUSTOM, context, Map.of(ReportFlows.SCOPE, scope.code()));
        }
        return List.of(reports.report(context, Actions.period(context, period), scope).asReplacement());
    }

    private List<Outbound> requestAction(DialogContext context, RequestNumber number, String action) {
        UserId actor = context.actor().id();
        if (table.requirement(action).isPresent()) {
            return move(context, number, action);
        }
        return switch (action) {
            case CardButtons.CARD -> List.of(screens.card(context, number).asReplacement());
            case CardButtons.FILE -> List.of(screens.requestFile(context, number));
            case "ping" -> {
                useCases.ping().ping(new PingTechnicianCommand(actor, number));
                yield List.of(Outbound.text(context.messages().get("ping.sent", number.value())));
            }
            case "resched" -> startEdit(context, number, RequestFlows.RESCHEDULE, EditableField.VISIT);
            case "notes" -> startEdit(context, number, RequestFlows.ADD_NOTES, EditableField.NOTES);
            case "edit" -> startEdit(context, number, RequestFlows.EDIT_FIELD, EditableField.values());
            default -> Actions.unknown(context);
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
        if (refused.isPresent() && table.target(intent).filter(view.request().status()::equals).isPresent()) {
            // there already (the press came again after its move was made, or someone else made it): said with
            // the card, as the move use case says a repeat, not refused; the use case checks who may
            return changed(context, useCases.move().move(new MoveRequestCommand(context.actor().id(), number,
                    intent, MoveRequestCommand.Data.NONE)));
        }
        if (refused.isPresent()) {
            throw refused.get();
        }
        return flows.start(MoveFlows.flowName(intent), context,
                Map.of(RequestFlows.REQUEST, Long.toString(number.value())));
    }

    /**
     * Starts the dialog of an edit (notes, a new visit time, a field) only when this person may change one of
     * those fields of this request now: refused at the start, not after every question (the use case checks
     * again when the dialog finishes). Someone who may not see the request is told it does not exist.
     */
    private List<Outbound> startEdit(DialogContext context, RequestNumber number, String flow,
                                     EditableField... fields) {
        RepairRequest request = useCases.card().view(new ViewRequestCardQuery(context.actor().id(), number)).request();
        if (Arrays.stream(fields).noneMatch(field -> request.mayEdit(context.actor(), field))) {
            throw new ActionNotPermittedException("edit." + fields[0].code(), Optional.of(number));
        }
        return flows.start(flow, context, Map.of(RequestFlows.REQUEST, Long.toString(number.value())));
    }

    private List<Outbound> changed(DialogContext context, RequestChangeResult result) {
        String note = context.messages().get(result.changed() ? "change.done" : "change.already",
                result.request().number().value(), context.messages().status(result.request().status()));
        return List.of(Outbound.text(note), screens.card(context, result.request()));
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
            case "bind" -> Actions.startFor(flows, context, StaffFlows.BIND_GROUP,
                    Map.of(StaffFlows.TECHNICIAN, Long.toString(technician.value())), Role.ADMIN);
            default -> Actions.unknown(context);
        };
    }
}
