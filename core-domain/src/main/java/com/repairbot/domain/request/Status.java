package com.repairbot.domain.request;

/** The seven statuses of a repair request (docs/statuses.md). Stored by name, never by ordinal. */
public enum Status {
    /** Entered, no technician yet. */
    NEW,
    /** A technician is assigned and has not accepted yet. */
    ASSIGNED,
    /** The technician accepted. */
    ACCEPTED,
    /** The technician is at the client. */
    ONSITE,
    /** The repair takes longer ("долгий ремонт"): parts ordered, appliance taken away. */
    LONG_REPAIR,
    /** Completed and paid. Terminal. */
    CLOSED,
    /** Refused or cancelled; a dispatcher may reopen it. */
    REFUSED;

    /** @return whether no move leads out of this status */
    public boolean isTerminal() {
        return this == CLOSED;
    }
}
