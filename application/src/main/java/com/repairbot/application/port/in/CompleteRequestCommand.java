package com.repairbot.application.port.in;

import com.repairbot.domain.money.Money;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.staff.UserId;
import java.util.Objects;

/**
 * The command of {@link CompleteRequestUseCase}.
 *
 * @param actor who acts (authorised by the server on every call)
 * @param number the request
 * @param total what the client paid
 * @param materials what parts cost
 * @param reviewTaken whether the client left a review
 * @param outOfCity whether the visit was out of town
 */
public record CompleteRequestCommand(UserId actor, RequestNumber number, Money total, Money materials, boolean reviewTaken, boolean outOfCity) {

    public CompleteRequestCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(materials, "materials");
    }
}
