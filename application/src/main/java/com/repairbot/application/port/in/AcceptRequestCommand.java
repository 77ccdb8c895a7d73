package com.repairbot.application.port.in;

import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.staff.UserId;
import java.util.Objects;

/**
 * The command of {@link AcceptRequestUseCase}.
 *
 * @param actor who acts (authorised by the server on every call)
 * @param number the request
 */
public record AcceptRequestCommand(UserId actor, RequestNumber number) {

    public AcceptRequestCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(number, "number");
    }
}
