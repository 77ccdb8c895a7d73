package com.repairbot.application.port.out;

import java.time.Instant;
import java.util.Objects;

/**
 * A half-open span of time {@code [from, until)}.
 *
 * @param from  the first instant inside
 * @param until the first instant after it
 */
public record TimeRange(Instant from, Instant until) {

    public TimeRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        if (until.isBefore(from)) {
            throw new IllegalArgumentException("a time range ends after it starts: " + from + " .. " + until);
        }
    }

    /** @return whether the instant lies inside */
    public boolean contains(Instant at) {
        return !at.isBefore(from) && at.isBefore(until);
    }
}
