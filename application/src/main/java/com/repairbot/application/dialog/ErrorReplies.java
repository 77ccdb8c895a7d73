package com.repairbot.application.dialog;

import com.repairbot.application.port.in.ConcurrentChangeException;
import com.repairbot.application.port.in.ConfiguredRoleException;
import com.repairbot.application.port.in.ExportFailedException;
import com.repairbot.application.port.in.OpenRequestLimitException;
import com.repairbot.application.port.in.RequestNotFoundException;
import com.repairbot.application.port.in.TechnicianExistsException;
import com.repairbot.application.port.in.TechnicianNotFoundException;
import com.repairbot.application.port.in.WorkGroupTakenException;
import com.repairbot.application.port.out.StoreUnavailableException;
import com.repairbot.application.text.Messages;
import com.repairbot.domain.request.ActionNotPermittedException;
import com.repairbot.domain.request.TransitionRefusedException;
import com.repairbot.domain.shared.InvalidValueException;
import com.repairbot.domain.staff.Role;
import java.util.Optional;
import java.util.stream.Collectors;

/** Turns the named failures of the domain and the application into words for the person. */
final class ErrorReplies {

    private ErrorReplies() {
    }

    /** @return the words for a known failure; empty for a failure that is a bug */
    static Optional<String> describe(Messages messages, RuntimeException failure) {
        return Optional.ofNullable(switch (failure) {
            case InvalidValueException e -> messages.error(e);
            // the allowed statuses in lifecycle order: the exception holds them in a set without order
            case TransitionRefusedException e -> messages.get("error.move_refused", e.number().value(),
                    messages.status(e.current()), messages.status(e.target()), e.allowed().isEmpty()
                            ? messages.get("error.no_moves")
                            : e.allowed().stream().sorted().map(messages::status).collect(Collectors.joining(", ")));
            case ActionNotPermittedException e -> messages.get("error.not_permitted");
            case RequestNotFoundException e -> messages.get("error.request_not_found", e.number().value());
            case TechnicianNotFoundException e -> messages.get("error.technician_not_found", e.id().value());
            case ConfiguredRoleException e -> messages.get("error.role_configured", e.user().value(),
                    messages.role(e.role()), e.role() == Role.ADMIN ? "ADMIN_IDS" : "DISPATCHER_IDS");
            case TechnicianExistsException e -> messages.get("error.technician_exists", e.existing().id().value());
            case WorkGroupTakenException e -> messages.get("error.group_taken", e.group().value(),
                    e.owners().stream().map(id -> Long.toString(id.value())).collect(Collectors.joining(", ")));
            case ConcurrentChangeException e -> messages.get("error.concurrent", e.number().value());
            case StoreUnavailableException e -> messages.get("error.unavailable");
            case ExportFailedException e -> messages.get("error.export_failed");
            case InputRefusedException e -> messages.get(e.key(), e.arguments());
            case OpenRequestLimitException e -> messages.get("error.open_limit", e.limit());
            default -> null;
        });
    }
}
