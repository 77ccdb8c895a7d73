package com.repairbot.application.port.in;

import com.repairbot.domain.request.RefusalReason;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.staff.UserId;
import java.util.Objects;

/**
 * The command of {@link DeclineRequestUseCase}.
 *
 * @param actor who acts (authorised by the server on every call)
 * @param number the request
 * @param reason why
 */
public record DeclineRequestCommand(UserId actor, RequestNumber number, RefusalReason reason) {

    public DeclineRequestCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(reason, "reason");
    }
}
