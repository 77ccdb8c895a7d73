package com.repairbot.application.port.in;

import com.repairbot.domain.contact.Client;
import com.repairbot.domain.request.RequestNumber;
import java.util.Objects;

/**
 * A client who asked before: their data as stored on their newest request.
 *
 * @param client      name, phone and address of the newest request with that phone
 * @param lastRequest that request
 */
public record ReturningClientView(Client client, RequestNumber lastRequest) {

    public ReturningClientView {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(lastRequest, "lastRequest");
    }

    /** Personal data: printed masked. */
    @Override
    public String toString() {
        return "ReturningClientView[" + client + ", #" + lastRequest.value() + "]";
    }
}
