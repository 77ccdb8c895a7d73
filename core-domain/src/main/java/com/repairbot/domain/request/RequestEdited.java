package com.repairbot.domain.request;

import com.repairbot.domain.privacy.PiiScanner;
import com.repairbot.domain.staff.UserId;
import java.time.Instant;
import java.util.Optional;

/**
 * A field of a request was changed (no change of status).
 *
 * @param number  the request
 * @param status  its status, unchanged
 * @param field   the field changed
 * @param by      who changed it
 * @param at      when
 * @param comment why, when given (e.g. the reason for a reschedule); empty otherwise
 */
public record RequestEdited(RequestNumber number, Status status, EditableField field, UserId by, Instant at,
                            String comment) implements RequestEvent {

    @Override
    public HistoryEntry historyEntry() {
        String text = "field:" + field.code() + (comment.isEmpty() ? "" : " " + comment);
        return new HistoryEntry(number, Optional.of(status), status, by, at, text);
    }

    /** The comment is free text (a reason may hold a phone number): printed masked. */
    @Override
    public String toString() {
        return "RequestEdited[" + number + " " + status + " " + field + " by " + by + " at " + at + " '"
                + PiiScanner.mask(comment) + "']";
    }
}
