package com.repairbot.application.port.in;

/** What a deactivation does with the requests that are still the technician's (not closed, not refused). */
public enum OpenRequests {
    /** Deactivate only when none is his; otherwise change nothing and name them, so that the admin decides. */
    ASK,
    /** Deactivate, and return each of his requests not yet accepted to NEW (the office is told), at once. */
    UNASSIGN,
    /** Deactivate and leave them his: the office or an admin finishes or refuses them. */
    KEEP
}
