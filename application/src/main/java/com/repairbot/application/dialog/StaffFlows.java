package com.repairbot.application.dialog;

import com.repairbot.application.conversation.Input;
import com.repairbot.application.conversation.Option;
import com.repairbot.application.conversation.Outbound;
import com.repairbot.application.port.in.AddTechnicianCommand;
import com.repairbot.application.port.in.BindWorkGroupCommand;
import com.repairbot.application.port.in.GrantRoleCommand;
import com.repairbot.application.port.in.ListTechniciansQuery;
import com.repairbot.application.port.in.RevokeRoleCommand;
import com.repairbot.application.port.in.RoleResult;
import com.repairbot.application.port.in.TechnicianResult;
import com.repairbot.application.text.Messages;
import com.repairbot.domain.contact.PhoneNumber;
import com.repairbot.domain.shared.InvalidValueException;
import com.repairbot.domain.shared.Texts;
import com.repairbot.domain.staff.ChatId;
import com.repairbot.domain.staff.Person;
import com.repairbot.domain.staff.Role;
import com.repairbot.domain.staff.Specialization;
import com.repairbot.domain.staff.Technician;
import com.repairbot.domain.staff.UserId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The admin's dialogs (docs/dialogs.md), declared once. */
final class StaffFlows {

    static final String ADD_TECHNICIAN = "AddTechnician";
    static final String BIND_GROUP = "BindWorkGroup";
    static final String GRANT_ROLE = "GrantRole";
    static final String REVOKE_ROLE = "RevokeRole";
    /** The value of the name step's button that takes the name Telegram shows. */
    private static final String TELEGRAM_NAME = "telegram";
    /** Data key of the technician a flow is about. */
    static final String TECHNICIAN = "_technician";

    private final UseCases useCases;
    private final Screens screens;

    StaffFlows(UseCases useCases, Screens screens) {
        this.useCases = useCases;
        this.screens = screens;
    }

    List<Flow> all() {
        return List.of(addTechnician(), bindGroup(), role(GRANT_ROLE), role(REVOKE_ROLE));
    }

    private Flow addTechnician() {
        List<Step> steps = List.of(
                Step.text("user", "technician.user", text -> UserId.parse(text).toString()),
                technicianName(),
                new Step("phone", ctx -> ctx.messages().get("technician.phone"), ctx -> List.of(),
                        (ctx, input) -> PhoneNumber.parse(input instanceof Input.Contact contact
                                ? contact.phone() : Step.typed(input)).e164(), false, false),
                Step.text("specialization", "technician.specialization", text -> new Specialization(text).value()),
                Step.confirm(ctx -> existing(ctx).map(t -> ctx.messages().get("technician.summary.change",
                        t.id().value(), t.phone().e164(), ctx.required("phone"), t.specialization().value(),
                        ctx.required("specialization"), nameToStore(ctx))).orElseGet(() -> ctx.messages().get(
                        "technician.summary", ctx.required("user"), ctx.required("phone"),
                        ctx.required("specialization"), nameToStore(ctx)))));
        return new Flow(ADD_TECHNICIAN, steps, ctx -> {
            // the summary named the technician who exists, so confirming it is consent to change them
            TechnicianResult result = useCases.addTechnician().addTechnician(new AddTechnicianCommand(
                    ctx.actor().id(), UserId.parse(ctx.required("user")), PhoneNumber.parse(ctx.required("phone")),
                    new Specialization(ctx.required("specialization")), existing(ctx).isPresent(),
                    ctx.answer("name").orElse("")));
            return List.of(Outbound.text(ctx.messages().get("technician.added",
                            screens.names(ctx).of(result.technician().id()))),
                    screens.technicians(ctx));
        }, List.of("user", "name", "phone", "specialization"));
    }

    /**
     * The name cards, history and lists show: typed, or the one Telegram shows (offered as a button when the person
     * wrote to the bot before); skipped, the Telegram name stays in use.
     */
    private Step technicianName() {
        // someone with that id exists already: say so before the answers that would change them
        return new Step("name", ctx -> existing(ctx).map(t -> ctx.messages().get("technician.exists",
                        t.id().value(), t.phone().e164(), t.specialization().value()) + "\n").orElse("")
                + telegramName(ctx).map(known -> ctx.messages().get("technician.name.known", known))
                        .orElseGet(() -> ctx.messages().get("technician.name")),
                // the button carries a word, not the name: a name may be longer than a button's data may be
                ctx -> telegramName(ctx).map(known -> List.of(Option.choice(known, TELEGRAM_NAME))).orElse(List.of()),
                (ctx, input) -> Texts.cleanWithin("technician_name", input instanceof Input.Choice choice
                        && choice.data().equals(TELEGRAM_NAME) ? telegramName(ctx).orElse("")
                        : Step.typed(input), 2, Person.MAX), true, false);
    }

    /** @return how Telegram shows the person with the id answered (their names), when they wrote to the bot */
    private Optional<String> telegramName(DialogContext ctx) {
        Person known = useCases.people().person(UserId.parse(ctx.required("user")))
                .orElseGet(() -> Person.unknown(UserId.parse(ctx.required("user"))));
        return known.named("").displayName();
    }

    /** @return the name the summary says will be shown */
    private String nameToStore(DialogContext ctx) {
        return ctx.answer("name").or(() -> useCases.people().person(UserId.parse(ctx.required("user")))
                .flatMap(Person::displayName)).orElseGet(() -> ctx.messages().get("person.unknown",
                UserId.parse(ctx.required("user")).value()));
    }

    /** @return the technician stored with the id answered in this flow, if any */
    private Optional<Technician> existing(DialogContext ctx) {
        UserId id = UserId.parse(ctx.required("user"));
        return technicians(ctx).stream().filter(t -> t.id().equals(id)).findFirst();
    }

    private List<Technician> technicians(DialogContext ctx) {
        return useCases.technicians().technicians(new ListTechniciansQuery(ctx.actor().id(), false)).technicians();
    }

    private Flow bindGroup() {
        Step group = new Step("group", ctx -> ctx.messages().get("group.prompt", technicianName(ctx)),
                ctx -> List.of(new Option(ctx.messages().get("group.choose"), "group", Option.Kind.REQUEST_CHAT)),
                (ctx, input) -> switch (input) {
                    case Input.SharedChat shared -> groupId(shared.chat().value());
                    case Input.Text text -> chatId(text.text());
                    default -> throw new InputRefusedException("group.use_button");
                }, false, false);
        Step confirm = Step.confirm(ctx -> {
            String owners = owners(ctx).stream().map(screens.names(ctx)::of).collect(Collectors.joining(", "));
            return ctx.messages().get("group.summary", ctx.required("group"), technicianName(ctx))
                    + (owners.isEmpty() ? "" : "\n" + ctx.messages().get("group.summary.taken", owners));
        });
        return new Flow(BIND_GROUP, List.of(group, confirm), ctx -> {
            // the summary named whose group it is, so confirming it is consent to share it
            useCases.bindGroup().bind(new BindWorkGroupCommand(ctx.actor().id(),
                    UserId.parse(ctx.required(TECHNICIAN)), new ChatId(Long.parseLong(ctx.required("group"))),
                    !owners(ctx).isEmpty()));
            return List.of(Outbound.text(ctx.messages().get("group.bound", technicianName(ctx))),
                    screens.technicians(ctx));
        }, List.of("group"));
    }

    /** @return the technician this flow is about, by name */
    private String technicianName(DialogContext ctx) {
        return screens.names(ctx).of(UserId.parse(ctx.required(TECHNICIAN)));
    }

    /** @return the other technicians whose work group the chosen group is */
    private List<UserId> owners(DialogContext ctx) {
        UserId technician = UserId.parse(ctx.required(TECHNICIAN));
        ChatId group = new ChatId(Long.parseLong(ctx.required("group")));
        return technicians(ctx).stream().filter(t -> !t.id().equals(technician))
                .filter(t -> t.workGroup().filter(group::equals).isPresent()).map(Technician::id).toList();
    }

    /** A typed group id, as shown by Telegram for groups (negative). */
    private static String chatId(String text) {
        String clean = text.strip();
        if (!clean.matches("-?\\d{1,19}") || clean.equals("0") || clean.equals("-0")) {
            throw new InvalidValueException("chat_id.invalid");
        }
        return groupId(Long.parseLong(clean));
    }

    /** A group's id is negative; a positive one is a person's private chat, which cannot be a work group. */
    private static String groupId(long id) {
        if (id >= 0) {
            throw new InvalidValueException("chat_id.not_group");
        }
        return Long.toString(new ChatId(id).value());
    }

    private Flow role(String name) {
        boolean grant = name.equals(GRANT_ROLE);
        List<Step> steps = List.of(
                Step.text("user", grant ? "role.grant.user" : "role.revoke.user", text -> UserId.parse(text).toString()),
                Step.choice("role", ctx -> ctx.messages().get("role.which"), ctx -> Arrays.stream(Role.values())
                        .map(role -> Option.choice(ctx.messages().role(role), role.name()))
                        .toList()));
        return new Flow(name, steps, ctx -> {
            UserId user = UserId.parse(ctx.required("user"));
            Role role = Role.valueOf(ctx.required("role"));
            RoleResult result = grant
                    ? useCases.grant().grant(new GrantRoleCommand(ctx.actor().id(), user, role))
                    : useCases.revoke().revoke(new RevokeRoleCommand(ctx.actor().id(), user, role));
            return List.of(Outbound.text(ctx.messages().get(result.changed() ? "role.changed" : "role.unchanged",
                    screens.names(ctx).withId(user), roles(ctx.messages(), result))));
        });
    }

    private static String roles(Messages messages, RoleResult result) {
        return result.roles().isEmpty() ? "—"
                : result.roles().stream().sorted().map(messages::role).collect(Collectors.joining(", "));
    }
}
