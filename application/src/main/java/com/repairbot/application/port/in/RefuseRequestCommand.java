package com.repairbot.application.port.in;

import com.repairbot.domain.request.RefusalReason;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.staff.UserId;
import java.util.Objects;

/**
 * The command of {@link RefuseRequestUseCase}.
 *
 * @param actor who acts (authorised by the server on every call)
 * @param number the request
 * @param reason why
 */
public record RefuseRequestCommand(UserId actor, RequestNumber number, RefusalReason reason) {

    public RefuseRequestCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(reason, "reason");
    }
}
