package com.repairbot.application.port.in;

/** The counts the main menu shows on its buttons: new requests for the office, a technician's active ones. */
public interface CountRequestsUseCase {

    /**
     * @param query who asks
     * @return the counts this person's roles entitle them to (each one count query on an index)
     */
    RequestCounts counts(CountRequestsQuery query);
}
