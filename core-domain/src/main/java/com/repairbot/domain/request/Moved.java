package com.repairbot.domain.request;

import java.util.Optional;

/**
 * The result of {@link RepairRequest#move}: the request after the move and the event, or the request
 * unchanged and no event when it already had the wanted status.
 *
 * @param request the request after the move
 * @param event   what happened; empty for a no-op
 */
public record Moved(RepairRequest request, Optional<StatusChanged> event) {

    /** @return whether nothing changed */
    public boolean isNoOp() {
        return event.isEmpty();
    }
}
