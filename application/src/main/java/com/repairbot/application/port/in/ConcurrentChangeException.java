package com.repairbot.application.port.in;

import com.repairbot.domain.request.RequestNumber;

/** Someone else changed the request between reading and writing it; nothing was changed by this call. */
public final class ConcurrentChangeException extends RuntimeException {

    private final transient RequestNumber number;

    /** @param number the request */
    public ConcurrentChangeException(RequestNumber number) {
        super(number + " was changed by someone else");
        this.number = number;
    }

    /** @return the request */
    public RequestNumber number() {
        return number;
    }
}
