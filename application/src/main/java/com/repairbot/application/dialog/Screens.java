package com.repairbot.application.dialog;

import com.repairbot.application.ApplicationSettings;
import com.repairbot.application.conversation.CallbackData;
import com.repairbot.application.conversation.Option;
import com.repairbot.application.conversation.Outbound;
import com.repairbot.application.port.in.ExportRequestCommand;
import com.repairbot.application.port.in.ExportResult;
import com.repairbot.application.port.in.CountRequestsQuery;
import com.repairbot.application.port.in.ListMyRequestsQuery;
import com.repairbot.application.port.in.ListRequestsQuery;
import com.repairbot.application.port.in.ListTechniciansQuery;
import com.repairbot.application.port.in.RequestCardView;
import com.repairbot.application.port.in.RequestCountsView;
import com.repairbot.application.port.in.TechniciansView;
import com.repairbot.application.port.in.RequestPage;
import com.repairbot.application.port.in.TechnicianResult;
import com.repairbot.application.port.in.ViewRequestCardQuery;
import com.repairbot.application.port.out.SpreadsheetFormat;
import com.repairbot.application.service.CardButtons;
import com.repairbot.application.text.Cards;
import com.repairbot.application.text.Messages;
import com.repairbot.application.text.Names;
import com.repairbot.domain.request.PhoneVisibility;
import com.repairbot.domain.request.RepairRequest;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.request.Status;
import com.repairbot.domain.staff.Actor;
import com.repairbot.domain.staff.Role;
import com.repairbot.domain.staff.Technician;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The screens that are not dialog steps: the main menu, request cards with their action buttons, lists
 * with filters and pages, technicians, the audit log. Option data here is only a reference; whatever is
 * chosen is re-checked by the use case.
 */
final class Screens {

    private final ApplicationSettings settings;
    private final UseCases useCases;

    Screens(ApplicationSettings settings, UseCases useCases) {
        this.settings = settings;
        this.useCases = useCases;
    }

    Cards cards(DialogContext context) {
        return new Cards(context.messages(), settings.zone(), names(context));
    }

    /** @return people by name in the reader's language */
    Names names(DialogContext context) {
        return new Names(useCases.people()::person, context.messages());
    }

    /** The main menu: what this person's roles allow. */
    Outbound menu(DialogContext context) {
        Messages m = context.messages();
        Actor actor = context.actor();
        List<List<Option>> rows = new ArrayList<>();
        boolean office = actor.isOffice();
        RequestCountsView counts = office || actor.has(Role.TECHNICIAN)
                ? useCases.counts().counts(new CountRequestsQuery(actor.id()))
                : new RequestCountsView(OptionalInt.empty(), OptionalInt.empty());
        if (office) {
            rows.add(List.of(Option.choice(m.get("menu.new"), new CallbackData.Menu("new").render()),
                    Option.choice(m.get("menu.list"), new CallbackData.ListPage("all", 0).render())));
            rows.add(List.of(Option.choice(m.get("menu.new_requests", counts.fresh().orElse(0)),
                    new CallbackData.ListPage(Status.NEW.name(), 0).render()),
                    Option.choice(m.get("menu.technicians"), new CallbackData.Menu("staff").render())));
            rows.add(List.of(Option.choice(m.get("menu.reports"), new CallbackData.Menu("reports").render()),
                    Option.choice(m.get("menu.find"), new CallbackData.Menu("find").render())));
        }
        if (actor.has(Role.TECHNICIAN)) {
            rows.add(List.of(Option.choice(m.get("menu.mine", counts.mine().orElse(0)), new CallbackData.MinePage(0).render()),
                    Option.choice(m.get("menu.mystats"), new CallbackData.Menu("mystats").render())));
            if (!office) {
                rows.add(List.of(Option.choice(m.get("menu.find"), new CallbackData.Menu("find").render())));
            }
        }
        if (actor.has(Role.ADMIN)) {
            rows.add(List.of(Option.choice(m.get("menu.add_technician"), new CallbackData.Menu("addtech").render()),
                    Option.choice(m.get("menu.audit"), new CallbackData.Menu("audit").render())));
            rows.add(List.of(Option.choice(m.get("menu.grant"), new CallbackData.Menu("grant").render()),
                    Option.choice(m.get("menu.revoke"), new CallbackData.Menu("revoke").render())));
        }
        StringJoiner roles = new StringJoiner(", ");
        actor.roles().stream().sorted().forEach(role -> roles.add(m.role(role)));
        return Outbound.withOptions(m.get("menu.title", roles.toString()), rows);
    }

    Outbound card(DialogContext context, RequestNumber number) {
        return card(context, useCases.card().view(new ViewRequestCardQuery(context.actor().id(), number)));
    }

    /** The card of a request this person has just written (not read again: a use case's result). */
    Outbound card(DialogContext context, RepairRequest written) {
        return card(context, useCases.card().view(new ViewRequestCardQuery(context.actor().id(), written.number()),
                written));
    }

    /** A request card with the buttons for what this viewer may do now. */
    Outbound card(DialogContext context, RequestCardView view) {
        return Outbound.withOptions(cards(context).card(view),
                CardButtons.forViewer(context.messages(), view, context.actor()));
    }

    /** The request's card with its full history as a file, with a button back to the card. */
    Outbound requestFile(DialogContext context, RequestNumber number) {
        Messages m = context.messages();
        ExportResult result = useCases.requestFile().exportRequest(new ExportRequestCommand(context.actor().id(),
                number, SpreadsheetFormat.XLSX, context.inbound().language()));
        return Outbound.document(result.document(), m.get("request_file.caption", number.value()),
                List.of(List.of(new CallbackData.RequestButton(number.value(), CardButtons.CARD)
                                .option(m.get("action.card")),
                        new CallbackData.Menu("menu").option(m.get("menu.back")))));
    }

    /** All requests, filtered and paged. */
    Outbound list(DialogContext context, String filter, int page) {
        Set<Status> statuses = filter.equals("all") ? Set.of() : Set.of(Status.valueOf(filter));
        RequestPage result = useCases.list().list(new ListRequestsQuery(context.actor().id(), statuses, page));
        Messages m = context.messages();
        String title = m.get("list.title", filter.equals("all") ? m.get("list.all")
                : m.status(Status.valueOf(filter)), result.total(), result.page() + 1, result.pages());
        List<List<Option>> rows = new ArrayList<>(requestRows(context, result));
        rows.add(pager(m, result, p -> new CallbackData.ListPage(filter, p).render()));
        List<Option> filters = new ArrayList<>();
        filters.add(Option.choice(m.get("list.all"), new CallbackData.ListPage("all", 0).render()));
        for (Status status : Status.values()) {
            filters.add(Option.choice(m.status(status), new CallbackData.ListPage(status.name(), 0).render()));
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
        rows.add(pager(m, result, p -> new CallbackData.MinePage(p).render()));
        return Outbound.withOptions(m.get("list.mine", result.total(), result.page() + 1, result.pages()) + "\n"
                + lines(context, result), rows);
    }

    List<List<Option>> requestRows(DialogContext context, RequestPage page) {
        List<List<Option>> rows = new ArrayList<>();
        List<Option> row = new ArrayList<>();
        for (var request : page.items()) {
            row.add(Option.choice("#" + request.number().value() + " " + context.messages().status(request.status()),
                    new CallbackData.RequestButton(request.number().value(), CardButtons.CARD).render()));
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
        row.add(Option.choice(m.get("menu.back"), new CallbackData.Menu("menu").render()));
        return row;
    }

    /** Technicians, with activate / deactivate / bind buttons for admins. */
    Outbound technicians(DialogContext context) {
        Messages m = context.messages();
        TechniciansView view = useCases.technicians().technicians(new ListTechniciansQuery(context.actor().id(), false));
        List<Technician> all = view.technicians();
        StringJoiner text = new StringJoiner("\n");
        text.add(m.get("technicians.title", all.size()));
        List<List<Option>> rows = new ArrayList<>();
        Names names = names(context);
        for (Technician t : all) {
            String name = names.of(t.id());
            text.add(m.get("technicians.line", names.withId(t.id()), t.specialization().value(),
                    t.phoneVisibleTo(context.actor()) ? t.phone().e164() : t.phone().masked(),
                    m.get(t.active() ? "technicians.active" : "technicians.inactive"),
                    t.workGroup().map(g -> m.get("technicians.group", g.value()))
                            .orElse(m.get("technicians.no_group"))));
            // a technician who blocked the bot, a work group that removed it: nothing reaches them
            view.unreachable().stream()
                    .filter(mark -> mark.chat().value() == t.id().value()
                            || t.workGroup().filter(mark.chat()::equals).isPresent())
                    .forEach(mark -> text.add(cards(context).unreachable(mark)));
            if (context.actor().has(Role.ADMIN)) {
                rows.add(List.of(
                        Option.choice(m.get(t.active() ? "technicians.deactivate" : "technicians.activate",
                                name), new CallbackData.TechnicianButton(t.id().value(), t.active() ? "off" : "on")
                                .render()),
                        Option.choice(m.get("technicians.bind", name),
                                new CallbackData.TechnicianButton(t.id().value(), "bind").render())));
            }
        }
        if (all.isEmpty()) {
            text.add(m.get("technicians.none"));
        }
        rows.add(List.of(Option.choice(m.get("menu.back"), new CallbackData.Menu("menu").render())));
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
            rows.add(List.of(Option.choice(m.get("deactivate.unassign", assigned), new CallbackData.TechnicianButton(id, "offu").render())));
        }
        rows.add(List.of(Option.choice(m.get("deactivate.keep"), new CallbackData.TechnicianButton(id, "offk").render())));
        rows.add(List.of(Option.choice(m.get("menu.back"), new CallbackData.Menu("staff").render())));
        return Outbound.withOptions(m.get("deactivate.ask", names(context).of(result.technician().id()),
                requests(context, result.open())), rows);
    }

    /** @return what a deactivation did: the requests it returned to NEW, and those still the technician's */
    String deactivated(DialogContext context, TechnicianResult result) {
        Messages m = context.messages();
        StringJoiner text = new StringJoiner("\n");
        text.add(m.get("deactivate.done", names(context).of(result.technician().id())));
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
}
