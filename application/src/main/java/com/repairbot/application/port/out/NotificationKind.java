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
    CLIENT_WAITING
}
