package com.repairbot.application.port.in;

import com.repairbot.domain.request.FieldChange;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.staff.UserId;
import java.util.Objects;

/**
 * The command of {@link EditRequestFieldUseCase}.
 *
 * @param actor who acts (authorised by the server on every call)
 * @param number the request
 * @param change the field and its new value
 */
public record EditRequestFieldCommand(UserId actor, RequestNumber number, FieldChange change) {

    public EditRequestFieldCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(change, "change");
    }
}
