package com.repairbot.application.port.out;

/** What a {@link Notification} tells. Stored by name. */
public enum NotificationKind {
    /** A request was entered: to dispatchers, admins and the staff group. */
    REQUEST_CREATED,
    /** A request was assigned to a technician: the card, to their work group. */
    REQUEST_ASSIGNED,
    /** A private note to the technician that a request was assigned to them. */
    ASSIGNED_TO_YOU,
    /** A request assigned to them was taken from them. */
    UNASSIGNED_FROM_YOU,
    /** The status changed: to the dispatcher who entered the request. */
    STATUS_CHANGED,
    /** A field was changed by someone else (e.g. the technician moved the visit): to the author. */
    REQUEST_EDITED,
    /** The client is waiting: to the technician. */
    CLIENT_WAITING,
    /** A request stayed in its status (the detail) longer than allowed: to dispatchers and admins. */
    OVERDUE,
    /** An assigned request is not accepted yet: to the technician's work group. */
    REMIND_ACCEPT,
    /** A new request is not assigned yet: to dispatchers. */
    REMIND_ASSIGN,
    /** The visit is soon: to the technician. */
    REMIND_VISIT,
    /** The request changed: its card in that chat (the technician's work group) is edited in place. */
    CARD_UPDATE,
    /** Something changed that the request's client is told of, in their language; the detail says what. */
    CLIENT_UPDATE,
    /** The client cancelled the request: to dispatchers, admins, the staff group and the technician who had it. */
    CANCELLED_BY_CLIENT;

    /** @return whether it is about the status named in its detail, and pointless once the request left it */
    public boolean aboutStatus() {
        return this == OVERDUE || this == REMIND_ACCEPT || this == REMIND_ASSIGN || this == REMIND_VISIT;
    }
}
