package com.repairbot.domain.request;

import com.repairbot.domain.privacy.PiiScanner;
import com.repairbot.domain.staff.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of a request's history.
 *
 * @param number  the request
 * @param from    status before (empty for the creation)
 * @param to      status after (equal to {@code from} for edits and reassignments)
 * @param by      who made the change
 * @param at      when
 * @param comment free text: a reason, the field edited, the technician assigned; empty when none
 */
public record HistoryEntry(RequestNumber number, Optional<Status> from, Status to, UserId by, Instant at,
                           String comment) {

    public HistoryEntry {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        comment = comment == null ? "" : comment;
    }

    @Override
    public String toString() {
        return "HistoryEntry[" + number + " " + from.map(Status::name).orElse("-") + " -> " + to + " by " + by
                + " at " + at + (comment.isEmpty() ? "" : " '" + PiiScanner.mask(comment) + "'") + "]";
    }
}
