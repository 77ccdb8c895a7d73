package com.repairbot.application.dialog;

import com.repairbot.application.ApplicationSettings;
import com.repairbot.application.conversation.Option;
import com.repairbot.application.conversation.Outbound;
import com.repairbot.application.port.in.ExportRequestCommand;
import com.repairbot.application.port.in.ExportResult;
import com.repairbot.application.port.in.ListMyRequestsQuery;
import com.repairbot.application.port.in.ListRequestsQuery;
import com.repairbot.application.port.in.ListTechniciansQuery;
import com.repairbot.application.port.in.RequestCardView;
import com.repairbot.application.port.in.RequestPage;
import com.repairbot.application.port.in.TechnicianResult;
import com.repairbot.application.port.in.ViewAuditLogQuery;
import com.repairbot.application.port.in.ViewRequestCardQuery;
import com.repairbot.application.port.out.AuditEntry;
import com.repairbot.application.port.out.SpreadsheetFormat;
import com.repairbot.application.text.Cards;
import com.repairbot.application.text.Messages;
import com.repairbot.domain.request.PhoneVisibility;
import com.repairbot.domain.request.RepairRequest;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.request.Status;
import com.repairbot.domain.request.Transition;
import com.repairbot.domain.staff.Actor;
import com.repairbot.domain.staff.Role;
import com.repairbot.domain.staff.Technician;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The screens that are not dialog steps: the main menu, request cards with their action buttons, lists
 * with filters and pages, technicians, the audit log. Option data here is only a reference; whatever is
 * chosen is re-checked by the use case.
 */
final class Screens {

    static final String MENU = "m:";
    static final String REQUEST = "r:";
    static final String LIST = "l:";
    static final String MINE = "y:";
    static final String TECHNICIAN = "t:";

    private final ApplicationSettings settings;
    private final UseCases useCases;

    Screens(ApplicationSettings settings, UseCases useCases) {
        this.settings = settings;
        this.useCases = useCases;
    }

    Cards cards(DialogContext context) {
        return new Cards(context.messages(), settings.zone());
    }

    /** The main menu: what this person's roles allow. */
    Outbound menu(DialogContext context) {
        Messages m = context.messages();
        Actor actor = context.actor();
        List<List<Option>> rows = new ArrayList<>();
        boolean office = actor.isOffice();
        if (office) {
            rows.add(List.of(Option.choice(m.get("menu.new"), MENU + "new"),
                    Option.choice(m.get("menu.list"), LIST + "all:0")));
            rows.add(List.of(Option.choice(m.get("menu.new_requests"), LIST + "NEW:0"),
                    Option.choice(m.get("menu.technicians"), MENU + "staff")));
            rows.add(List.of(Option.choice(m.get("menu.reports"), MENU + "reports"),
                    Option.choice(m.get("menu.find"), MENU + "find")));
        }
        if (actor.has(Role.TECHNICIAN)) {
            rows.add(List.of(Option.choice(m.get("menu.mine"), MINE + "0"),
                    Option.choice(m.get("menu.mystats"), MENU + "mystats")));
            if (!office) {
                rows.add(List.of(Option.choice(m.get("menu.find"), MENU + "find")));
            }
        }
        if (actor.has(Role.ADMIN)) {
            rows.add(List.of(Option.choice(m.get("menu.add_technician"), MENU + "addtech"),
                    Option.choice(m.get("menu.audit"), MENU + "audit")));
            rows.add(List.of(Option.choice(m.get("menu.grant"), MENU + "grant"),
                    Option.choice(m.get("menu.revoke"), MENU + "revoke")));
        }
        StringJoiner roles = new StringJoiner(", ");
        actor.roles().stream().sorted().forEach(role -> roles.add(m.role(role)));
        return Outbound.withOptions(m.get("menu.title", roles.toString()), rows);
    }

    Outbound card(DialogContext context, RequestNumber number) {
        return card(context, useCases.card().view(new ViewRequestCardQuery(context.actor().id(), number)));
    }

    /** A request card with the buttons for what this viewer may do now. */
    Outbound card(DialogContext context, RequestCardView view) {
        Messages m = context.messages();
        long n = view.request().number().value();
        List<Option> actions = new ArrayList<>();
        for (Transition move : view.moves()) {
            actions.add(Option.choice(m.get("action." + move.action()), REQUEST + n + ":" + move.action()));
        }
        Status status = view.request().status();
        boolean working = EnumSet.of(Status.ASSIGNED, Status.ACCEPTED, Status.ONSITE, Status.LONG_REPAIR)
                .contains(status);
        if (working && view.mayEdit()) {
            actions.add(Option.choice(m.get("action.reschedule"), REQUEST + n + ":resched"));
        }
        if (view.mayEdit()) {
            actions.add(Option.choice(m.get("action.notes"), REQUEST + n + ":notes"));
        }
        if (view.mayEdit() && context.actor().isOffice()) {
            actions.add(Option.choice(m.get("action.edit"), REQUEST + n + ":edit"));
        }
        if (view.mayPing()) {
            actions.add(Option.choice(m.get("action.ping"), REQUEST + n + ":ping"));
        }
        List<List<Option>> rows = new ArrayList<>();
        for (int i = 0; i < actions.size(); i += 2) {
            rows.add(actions.subList(i, Math.min(i + 2, actions.size())));
        }
        rows.add(List.of(Option.choice(m.get("action.refresh"), REQUEST + n + ":card"),
                Option.choice(m.get("action.file"), REQUEST + n + ":file")));
        return Outbound.withOptions(cards(context).card(view), rows);
    }

    /** The request's card with its full history as a file, with a button back to the card. */
    Outbound requestFile(DialogContext context, RequestNumber number) {
        Messages m = context.messages();
        ExportResult result = useCases.requestFile().exportRequest(new ExportRequestCommand(context.actor().id(),
                number, SpreadsheetFormat.XLSX, context.inbound().language()));
        return Outbound.document(result.document(), m.get("request_file.caption", number.value()),
                List.of(List.of(Option.choice(m.get("action.card"), REQUEST + number.value() + ":card"),
                        Option.choice(m.get("menu.back"), MENU + "menu"))));
    }

    /** All requests, filtered and paged. */
    Outbound list(DialogContext context, String filter, int page) {
        Set<Status> statuses = filter.equals("all") ? Set.of() : Set.of(Status.valueOf(filter));
        RequestPage result = useCases.list().list(new ListRequestsQuery(context.actor().id(), statuses, page));
        Messages m = context.messages();
        String title = m.get("list.title", filter.equals("all") ? m.get("list.all")
                : m.status(Status.valueOf(filter)), result.total(), result.page() + 1, result.pages());
        List<List<Option>> rows = new ArrayList<>(requestRows(context, result));
        rows.add(pager(m, result, p -> LIST + filter + ":" + p));
        List<Option> filters = new ArrayList<>();
        filters.add(Option.choice(m.get("list.all"), LIST + "all:0"));
        for (Status status : Status.values()) {
            filters.add(Option.choice(m.status(status), LIST + status.name() + ":0"));
        }
        rows.add(filters.subList(0, 4));
        rows.add(filters.subList(4, 8));
        return Outbound.withOptions(title + "\n" + lines(context, result), rows);
    }

    /** A technician's own requests, paged. */
    Outbound mine(DialogContext context, int page) {
        RequestPage result = useCases.listMine().listMine(new ListMyRequestsQuery(context.actor().id(), Set.of(), page));
        Messages m = context.messages();
        List<List<Option>> rows = new ArrayList<>(requestRows(context, result));
        rows.add(pager(m, result, p -> MINE + p));
        return Outbound.withOptions(m.get("list.mine", result.total(), result.page() + 1, result.pages()) + "\n"
                + lines(context, result), rows);
    }

    List<List<Option>> requestRows(DialogContext context, RequestPage page) {
        List<List<Option>> rows = new ArrayList<>();
        List<Option> row = new ArrayList<>();
        for (var request : page.items()) {
            row.add(Option.choice("#" + request.number().value() + " " + context.messages().status(request.status()),
                    REQUEST + request.number().value() + ":card"));
            if (row.size() == 2) {
                rows.add(row);
                row = new ArrayList<>();
            }
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        return rows;
    }

    String lines(DialogContext context, RequestPage page) {
        if (page.items().isEmpty()) {
            return context.messages().get("list.empty");
        }
        StringJoiner out = new StringJoiner("\n");
        page.items().forEach(request -> out.add(line(context, request)));
        return out.toString();
    }

    /** One list line, the client's phone shown as the named rule lets this reader see it. */
    private String line(DialogContext context, RepairRequest request) {
        return cards(context).listLine(request, PhoneVisibility.visibleTo(context.actor(), request));
    }

    static List<Option> pager(Messages m, RequestPage page, java.util.function.IntFunction<String> data) {
        List<Option> row = new ArrayList<>();
        if (page.hasPrevious()) {
            row.add(Option.choice(m.get("list.previous"), data.apply(page.page() - 1)));
        }
        if (page.hasNext()) {
            row.add(Option.choice(m.get("list.next"), data.apply(page.page() + 1)));
        }
        row.add(Option.choice(m.get("menu.back"), MENU + "menu"));
        return row;
    }

    /** Technicians, with activate / deactivate / bind buttons for admins. */
    Outbound technicians(DialogContext context) {
        Messages m = context.messages();
        List<Technician> all = useCases.technicians()
                .technicians(new ListTechniciansQuery(context.actor().id(), false)).technicians();
        StringJoiner text = new StringJoiner("\n");
        text.add(m.get("technicians.title", all.size()));
        List<List<Option>> rows = new ArrayList<>();
        for (Technician t : all) {
            text.add(m.get("technicians.line", t.id().value(), t.specialization().value(), t.phoneVisibleTo(context.actor()) ? t.phone().e164() : t.phone().masked(),
                    m.get(t.active() ? "technicians.active" : "technicians.inactive"),
                    t.workGroup().map(g -> m.get("technicians.group", g.value()))
                            .orElse(m.get("technicians.no_group"))));
            if (context.actor().has(Role.ADMIN)) {
                rows.add(List.of(
                        Option.choice(m.get(t.active() ? "technicians.deactivate" : "technicians.activate",
                                t.id().value()), TECHNICIAN + t.id().value() + (t.active() ? ":off" : ":on")),
                        Option.choice(m.get("technicians.bind", t.id().value()),
                                TECHNICIAN + t.id().value() + ":bind")));
            }
        }
        if (all.isEmpty()) {
            text.add(m.get("technicians.none"));
        }
        rows.add(List.of(Option.choice(m.get("menu.back"), MENU + "menu")));
        return Outbound.withOptions(text.toString(), rows);
    }

    /**
     * A deactivation that waits for the admin: the requests still the technician's, and the choice to return those
     * not yet accepted to NEW with it, or to leave them all theirs.
     */
    Outbound deactivation(DialogContext context, TechnicianResult result) {
        Messages m = context.messages();
        long id = result.technician().id().value();
        long assigned = result.open().stream().filter(r -> r.status() == Status.ASSIGNED).count();
        List<List<Option>> rows = new ArrayList<>();
        if (assigned > 0) {
            rows.add(List.of(Option.choice(m.get("deactivate.unassign", assigned), TECHNICIAN + id + ":offu")));
        }
        rows.add(List.of(Option.choice(m.get("deactivate.keep"), TECHNICIAN + id + ":offk")));
        rows.add(List.of(Option.choice(m.get("menu.back"), MENU + "staff")));
        return Outbound.withOptions(m.get("deactivate.ask", id, requests(context, result.open())), rows);
    }

    /** @return what a deactivation did: the requests it returned to NEW, and those still the technician's */
    String deactivated(DialogContext context, TechnicianResult result) {
        Messages m = context.messages();
        StringJoiner text = new StringJoiner("\n");
        text.add(m.get("deactivate.done", result.technician().id().value()));
        if (!result.unassigned().isEmpty()) {
            StringJoiner numbers = new StringJoiner(", ");
            result.unassigned().forEach(n -> numbers.add("#" + n.value()));
            text.add(m.get("deactivate.unassigned", numbers.toString()));
        }
        if (!result.open().isEmpty()) {
            text.add(m.get("deactivate.still_his", requests(context, result.open())));
        }
        return text.toString();
    }

    private String requests(DialogContext context, List<RepairRequest> requests) {
        StringJoiner lines = new StringJoiner("\n");
        requests.forEach(request -> lines.add(line(context, request)));
        return lines.toString();
    }

    /** The newest audit-log entries. */
    Outbound audit(DialogContext context) {
        Messages m = context.messages();
        List<AuditEntry> entries = useCases.audit().audit(new ViewAuditLogQuery(context.actor().id(), 20)).entries();
        StringJoiner text = new StringJoiner("\n");
        text.add(m.get("audit.title", entries.size()));
        for (AuditEntry e : entries) {
            text.add(m.get("audit.line", m.dateTime(e.at().atZone(settings.zone()).toLocalDateTime()),
                    e.actor().value(), e.action(), e.request().map(RequestNumber::toString).orElse(""),
                    e.details()));
        }
        return Outbound.withOptions(text.toString(), List.of(List.of(Option.choice(m.get("menu.back"), MENU + "menu"))));
    }
}
