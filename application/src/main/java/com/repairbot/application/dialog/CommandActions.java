package com.repairbot.application.dialog;

import com.repairbot.application.conversation.Commands;
import com.repairbot.application.conversation.Input;
import com.repairbot.application.conversation.Outbound;
import com.repairbot.application.port.in.ChooseLanguageCommand;
import com.repairbot.application.text.Messages;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.shared.InvalidValueException;
import com.repairbot.domain.staff.Role;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * The commands, routed by the catalogue ({@link Commands}): each constant's case says what it does. {@code /help}
 * is made here from the same catalogue.
 */
final class CommandActions {

    private final UseCases useCases;
    private final Screens screens;
    private final ReportScreens reports;
    private final SearchScreens search;
    private final AuditScreens audit;
    private final Actions.FlowStarter flows;

    CommandActions(UseCases useCases, Screens screens, ReportScreens reports, SearchScreens search, AuditScreens audit,
                   Actions.FlowStarter flows) {
        this.useCases = useCases;
        this.screens = screens;
        this.reports = reports;
        this.search = search;
        this.audit = audit;
        this.flows = flows;
    }

    List<Outbound> command(DialogContext context, Input.Command command) {
        Optional<Commands> known = Commands.named(command.name());
        if (known.isEmpty()) {
            return List.of(Outbound.text(context.messages().get("input.unknown_command")), screens.menu(context));
        }
        return switch (known.get()) {
            case START, MENU -> List.of(screens.menu(context));
            case HELP -> List.of(help(context), screens.menu(context));
            case NEW -> Actions.startFor(flows, context, CreateRequestFlow.CREATE, Role.DISPATCHER, Role.ADMIN);
            case LIST -> List.of(screens.list(context, "all", 0));
            case MY -> List.of(screens.mine(context, 0));
            case CARD -> List.of(screens.card(context, RequestNumber.parse(command.argument())));
            case STAFF -> List.of(screens.technicians(context));
            case ADDTECH -> Actions.startFor(flows, context, StaffFlows.ADD_TECHNICIAN, Role.ADMIN);
            case GRANT -> Actions.startFor(flows, context, StaffFlows.GRANT_ROLE, Role.ADMIN);
            case REVOKE -> Actions.startFor(flows, context, StaffFlows.REVOKE_ROLE, Role.ADMIN);
            case AUDIT -> List.of(audit.page(context, AuditScreens.filter(command.argument()), 0));
            // every member of staff may search (a technician their own requests); the use case checks again
            case FIND -> command.argument().isBlank() ? flows.start(SearchScreens.FLOW, context, Map.of())
                    : List.of(search.results(context, command.argument(), 0));
            // for someone outside the office, reports are their own statistics (as exports are): never a refusal
            case REPORTS -> List.of(reports.periods(context, !context.actor().isOffice()));
            case MYSTATS -> command.argument().isEmpty() ? List.of(reports.periods(context, true))
                    : List.of(reports.report(context, Actions.period(context, command.argument()), true));
            case REPORT -> List.of(reports.report(context, Actions.period(context, command.argument()),
                    !context.actor().isOffice()));
            case EXPORT -> export(context, command.argument());
            case LANG -> language(useCases, context, command.argument());
            case CANCEL -> List.of(Outbound.text(context.messages().get("dialog.nothing_to_cancel")), screens.menu(context));
            // the client's side for staff is routed before this (DialogEngine)
            case CLIENT -> List.of(screens.menu(context));
        };
    }

    /** {@code /lang en}: the person reads that language from now on; {@code /lang} alone names the choices. */
    /** {@code /lang ru|en}: the language this person reads from now on (staff and clients alike). */
    static List<Outbound> language(UseCases useCases, DialogContext context, String argument) {
        if (argument.isBlank()) {
            return List.of(Outbound.text(context.messages().get("language.choose")));
        }
        Locale chosen = Locale.forLanguageTag(argument.strip().toLowerCase(Locale.ROOT));
        useCases.language().chooseLanguage(new ChooseLanguageCommand(context.actor().id(), chosen));
        return List.of(Outbound.text(Messages.forLanguage(chosen).get("language.chosen")));
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
        return List.of(reports.export(context, Actions.period(context, period), ReportScreens.format(format), own));
    }

    private static boolean isPeriod(DialogContext context, String word) {
        try {
            Actions.period(context, word);
            return true;
        } catch (InvalidValueException notOne) {
            return false;
        }
    }

}
