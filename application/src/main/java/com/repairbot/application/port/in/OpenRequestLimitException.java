package com.repairbot.application.port.in;

/** A client has as many open requests as allowed ({@code CLIENT_OPEN_LIMIT}); nothing was stored. */
public final class OpenRequestLimitException extends RuntimeException {

    private final int limit;

    /** @param limit the configured limit */
    public OpenRequestLimitException(int limit) {
        super("open request limit reached: " + limit);
        this.limit = limit;
    }

    /** @return the configured limit */
    public int limit() {
        return limit;
    }
}
