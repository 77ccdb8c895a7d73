package com.repairbot.application.port.out;

import com.repairbot.domain.request.RequestNumber;
import java.util.Objects;

/**
 * A request card posted in a chat, to be edited in place when the request changes.
 *
 * @param request the request the card shows
 * @param message where the card is
 */
public record CardPlacement(RequestNumber request, PostedMessage message) {

    public CardPlacement {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(message, "message");
    }
}
