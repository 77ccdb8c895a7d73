package com.repairbot.application.dialog;

import com.repairbot.application.conversation.Input;
import com.repairbot.application.conversation.Option;
import com.repairbot.application.conversation.Outbound;
import com.repairbot.application.port.in.AddTechnicianCommand;
import com.repairbot.application.port.in.BindWorkGroupCommand;
import com.repairbot.application.port.in.GrantRoleCommand;
import com.repairbot.application.port.in.RevokeRoleCommand;
import com.repairbot.application.port.in.RoleResult;
import com.repairbot.application.port.in.TechnicianResult;
import com.repairbot.application.text.Messages;
import com.repairbot.domain.contact.PhoneNumber;
import com.repairbot.domain.shared.InvalidValueException;
import com.repairbot.domain.staff.ChatId;
import com.repairbot.domain.staff.Role;
import com.repairbot.domain.staff.Specialization;
import com.repairbot.domain.staff.UserId;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The admin's dialogs (docs/dialogs.md), declared once. */
final class StaffFlows {

    static final String ADD_TECHNICIAN = "AddTechnician";
    static final String BIND_GROUP = "BindWorkGroup";
    static final String GRANT_ROLE = "GrantRole";
    static final String REVOKE_ROLE = "RevokeRole";
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
                Step.text("phone", "technician.phone", text -> PhoneNumber.parse(text).e164())
                        .readingWith((ctx, input) -> PhoneNumber.parse(input instanceof Input.Contact contact
                                ? contact.phone() : Step.typed(input)).e164()),
                Step.text("specialization", "technician.specialization", text -> new Specialization(text).value()),
                Step.confirm(ctx -> ctx.messages().get("technician.summary", ctx.required("user"),
                        ctx.required("phone"), ctx.required("specialization"))));
        return new Flow(ADD_TECHNICIAN, steps, ctx -> {
            TechnicianResult result = useCases.addTechnician().addTechnician(new AddTechnicianCommand(
                    ctx.actor().id(), UserId.parse(ctx.required("user")), PhoneNumber.parse(ctx.required("phone")),
                    new Specialization(ctx.required("specialization"))));
            return List.of(Outbound.text(ctx.messages().get("technician.added", result.technician().id().value())),
                    screens.technicians(ctx));
        }, List.of("user", "phone", "specialization"));
    }

    private Flow bindGroup() {
        Step group = new Step("group", ctx -> ctx.messages().get("group.prompt", ctx.required(TECHNICIAN)),
                ctx -> List.of(new Option(ctx.messages().get("group.choose"), "group", Option.Kind.REQUEST_CHAT)),
                (ctx, input) -> switch (input) {
                    case Input.SharedChat shared -> Long.toString(shared.chat().value());
                    case Input.Text text -> chatId(text.text());
                    default -> throw new InputRefusedException("group.use_button");
                }, false, false);
        return new Flow(BIND_GROUP, List.of(group), ctx -> {
            useCases.bindGroup().bind(new BindWorkGroupCommand(ctx.actor().id(),
                    UserId.parse(ctx.required(TECHNICIAN)), new ChatId(Long.parseLong(ctx.required("group")))));
            return List.of(Outbound.text(ctx.messages().get("group.bound", ctx.required(TECHNICIAN))),
                    screens.technicians(ctx));
        });
    }

    /** A typed group id, as shown by Telegram for groups (negative). */
    private static String chatId(String text) {
        String clean = text.strip();
        if (!clean.matches("-?\\d{1,19}") || clean.equals("0") || clean.equals("-0")) {
            throw new InvalidValueException("chat_id.invalid");
        }
        return Long.toString(new ChatId(Long.parseLong(clean)).value());
    }

    private Flow role(String name) {
        boolean grant = name.equals(GRANT_ROLE);
        List<Step> steps = List.of(
                Step.text("user", grant ? "role.grant.user" : "role.revoke.user", text -> UserId.parse(text).toString()),
                Step.choice("role", ctx -> ctx.messages().get("role.which"), ctx -> Arrays.stream(Role.values())
                        .map(role -> Option.choice(ctx.messages().role(role), DialogEngine.CHOICE_PREFIX + role.name()))
                        .toList()));
        return new Flow(name, steps, ctx -> {
            UserId user = UserId.parse(ctx.required("user"));
            Role role = Role.valueOf(ctx.required("role"));
            RoleResult result = grant
                    ? useCases.grant().grant(new GrantRoleCommand(ctx.actor().id(), user, role))
                    : useCases.revoke().revoke(new RevokeRoleCommand(ctx.actor().id(), user, role));
            return List.of(Outbound.text(ctx.messages().get(result.changed() ? "role.changed" : "role.unchanged",
                    user.value(), roles(ctx.messages(), result))));
        });
    }

    private static String roles(Messages messages, RoleResult result) {
        return result.roles().isEmpty() ? "—"
                : result.roles().stream().sorted().map(messages::role).collect(Collectors.joining(", "));
    }
}
