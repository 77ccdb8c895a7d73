package com.repairbot.application.port.in;

import com.repairbot.domain.request.Rating;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.staff.UserId;
import java.util.Objects;

/**
 * A client rates one of their closed requests ({@link ClientRequestsUseCase#rate}).
 *
 * @param client who asks (authorised by the server on every call)
 * @param number the request
 * @param rating 1–5 and an optional comment
 */
public record RateRequestCommand(UserId client, RequestNumber number, Rating rating) {

    public RateRequestCommand {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(rating, "rating");
    }
}
