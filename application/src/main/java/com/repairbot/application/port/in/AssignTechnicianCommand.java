package com.repairbot.application.port.in;

import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.staff.UserId;
import java.util.Objects;

/**
 * The command of {@link AssignTechnicianUseCase}.
 *
 * @param actor who acts (authorised by the server on every call)
 * @param number the request
 * @param technician an active technician with a work group
 */
public record AssignTechnicianCommand(UserId actor, RequestNumber number, UserId technician) {

    public AssignTechnicianCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(technician, "technician");
    }
}
