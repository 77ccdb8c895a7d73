package com.repairbot.domain.request;

import com.repairbot.domain.staff.UserId;
import java.time.Instant;
import java.util.Optional;

/**
 * A request was entered.
 *
 * @param number the new request
 * @param by     the dispatcher (or admin) who entered it
 * @param at     when
 */
public record RequestCreated(RequestNumber number, UserId by, Instant at) implements RequestEvent {

    @Override
    public HistoryEntry historyEntry() {
        return new HistoryEntry(number, Optional.empty(), Status.NEW, by, at, "");
    }

    /**
     * The result of {@link RepairRequest#create}.
     *
     * @param request the new request
     * @param event   its creation event
     */
    public record WithRequest(RepairRequest request, RequestCreated event) {
    }
}
