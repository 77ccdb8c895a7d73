package com.repairbot.application.port.in;

import com.repairbot.domain.staff.UserId;
import java.util.Objects;

/**
 * The command of {@link SetTechnicianActiveUseCase}.
 *
 * @param actor        who acts (authorised by the server on every call)
 * @param technician   the technician
 * @param active       true to activate, false to deactivate
 * @param openRequests on deactivation, what happens to the requests still his
 */
public record SetTechnicianActiveCommand(UserId actor, UserId technician, boolean active, OpenRequests openRequests) {

    public SetTechnicianActiveCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(technician, "technician");
        Objects.requireNonNull(openRequests, "openRequests");
    }

    /** A change that asks first when a deactivated technician would leave requests behind. */
    public SetTechnicianActiveCommand(UserId actor, UserId technician, boolean active) {
        this(actor, technician, active, OpenRequests.ASK);
    }
}
