package com.repairbot.application.port.in;

import com.repairbot.domain.request.LongRepairPlan;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.staff.UserId;
import java.util.Objects;

/**
 * The command of {@link StartLongRepairUseCase}.
 *
 * @param actor who acts (authorised by the server on every call)
 * @param number the request
 * @param plan expected date, prepayment, parts
 */
public record StartLongRepairCommand(UserId actor, RequestNumber number, LongRepairPlan plan) {

    public StartLongRepairCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(plan, "plan");
    }
}
