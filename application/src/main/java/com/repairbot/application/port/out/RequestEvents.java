package com.repairbot.application.port.out;

import com.repairbot.domain.request.RequestEvent;

/**
 * Hears what happened to requests, as the domain tells it ({@link com.repairbot.domain.request.RequestCreated},
 * {@link com.repairbot.domain.request.StatusChanged}, {@link com.repairbot.domain.request.RequestEdited}): for
 * metrics, say. It is told inside the unit of work that made it happen, right after the history line was
 * written; a listener that must not count a unit that is then rolled back waits for the commit. It must not
 * fail, and must not call out to other systems.
 */
@FunctionalInterface
public interface RequestEvents {

    /** Hears nothing. */
    RequestEvents NONE = event -> { };

    /** @param event what happened */
    void happened(RequestEvent event);
}
