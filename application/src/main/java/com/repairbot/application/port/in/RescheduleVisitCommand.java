package com.repairbot.application.port.in;

import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.request.ScheduledVisit;
import com.repairbot.domain.staff.UserId;
import java.util.Objects;

/**
 * The command of {@link RescheduleVisitUseCase}.
 *
 * @param actor who acts (authorised by the server on every call)
 * @param number the request
 * @param visit the new time
 * @param reason why
 */
public record RescheduleVisitCommand(UserId actor, RequestNumber number, ScheduledVisit visit, String reason) {

    public RescheduleVisitCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(visit, "visit");
        Objects.requireNonNull(reason, "reason");
    }
}
