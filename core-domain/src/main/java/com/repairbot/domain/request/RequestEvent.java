package com.repairbot.domain.request;

import com.repairbot.domain.staff.UserId;
import java.time.Instant;

/** Something that happened to a request; each event is also one line of its history. */
public sealed interface RequestEvent permits RequestCreated, StatusChanged, RequestEdited, RequestRated {

    /** @return the request concerned */
    RequestNumber number();

    /** @return who caused it */
    UserId by();

    /** @return when */
    Instant at();

    /** @return the history line that records it */
    HistoryEntry historyEntry();
}
