package com.repairbot.domain.request;

import com.repairbot.domain.privacy.PiiScanner;
import com.repairbot.domain.staff.UserId;
import java.time.Instant;
import java.util.Optional;

/**
 * A request moved (or, ASSIGNED → ASSIGNED, was reassigned).
 *
 * @param number             the request
 * @param from               status before
 * @param to                 status after
 * @param action             the table row's action, e.g. {@code accept}
 * @param by                 who moved it
 * @param at                 when
 * @param previousTechnician the technician before the move, if any
 * @param technician         the technician after the move, if any
 * @param comment            reason or other words for the history, empty when none
 */
public record StatusChanged(RequestNumber number, Status from, Status to, String action, UserId by, Instant at,
                            Optional<UserId> previousTechnician, Optional<UserId> technician, String comment)
        implements RequestEvent {

    /** @return whether this was a change of technician without a change of status */
    public boolean isReassignment() {
        return from == to;
    }

    @Override
    public HistoryEntry historyEntry() {
        return new HistoryEntry(number, Optional.of(from), to, by, at, comment);
    }

    /** The comment is free text (a reason may hold a phone number): printed masked. */
    @Override
    public String toString() {
        return "StatusChanged[" + number + " " + from + " -> " + to + " " + action + " by " + by + " at " + at
                + " technician " + previousTechnician.map(UserId::toString).orElse("-") + " -> "
                + technician.map(UserId::toString).orElse("-") + " '" + PiiScanner.mask(comment) + "']";
    }
}
