package com.repairbot.domain.request;

import com.repairbot.domain.privacy.PiiScanner;
import com.repairbot.domain.staff.UserId;
import java.time.Instant;
import java.util.Optional;

/**
 * The client rated a closed request.
 *
 * @param number the request
 * @param rating the score and comment
 * @param by     the client
 * @param at     when
 */
public record RequestRated(RequestNumber number, Rating rating, UserId by, Instant at) implements RequestEvent {

    @Override
    public HistoryEntry historyEntry() {
        return new HistoryEntry(number, Optional.of(Status.CLOSED), Status.CLOSED, by, at,
                "rating:" + rating.score() + rating.comment().map(text -> " " + text).orElse(""));
    }

    /** The comment is free text: printed masked. */
    @Override
    public String toString() {
        return "RequestRated[" + number + " " + rating.score() + " by " + by + " at " + at
                + rating.comment().map(text -> " '" + PiiScanner.mask(text) + "'").orElse("") + "]";
    }

    /**
     * The result of {@link RepairRequest#rate}.
     *
     * @param request the request with the rating
     * @param event   the rating event
     */
    public record WithRequest(RepairRequest request, RequestRated event) {
    }
}
