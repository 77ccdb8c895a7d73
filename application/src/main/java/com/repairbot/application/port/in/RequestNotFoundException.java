package com.repairbot.application.port.in;

import com.repairbot.domain.request.RequestNumber;

/** No request has that number. */
public final class RequestNotFoundException extends RuntimeException {

    private final transient RequestNumber number;

    /** @param number the number asked for */
    public RequestNotFoundException(RequestNumber number) {
        super("no request " + number);
        this.number = number;
    }

    /** @return the number asked for */
    public RequestNumber number() {
        return number;
    }
}
