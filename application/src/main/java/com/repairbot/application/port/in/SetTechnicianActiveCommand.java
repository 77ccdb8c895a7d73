package com.repairbot.application.port.in;

import com.repairbot.domain.staff.UserId;
import java.util.Objects;

/**
 * The command of {@link SetTechnicianActiveUseCase}.
 *
 * @param actor who acts (authorised by the server on every call)
 * @param technician the technician
 * @param active true to activate, false to deactivate
 */
public record SetTechnicianActiveCommand(UserId actor, UserId technician, boolean active) {

    public SetTechnicianActiveCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(technician, "technician");
    }
}
