package com.repairbot.domain.request;

import com.repairbot.domain.staff.Actor;
import java.util.Set;

/**
 * Who may read a client's phone number: the one personal-data rule every card, notification, list and export
 * asks. The office (dispatchers and admins) always may; the technician assigned to the request only once the
 * work is at the client's (on site, in a long repair, or closed), so that a number is not handed out before
 * the visit; anybody else (a technician taken off the request, one who was never on it) never may.
 * Masking in logs is a separate matter: staff who may read the number read it in full.
 */
public final class PhoneVisibility {

    /** Where the assigned technician may read the phone. */
    private static final Set<Status> AT_THE_CLIENTS = Set.of(Status.ONSITE, Status.LONG_REPAIR, Status.CLOSED);

    private PhoneVisibility() {
    }

    /** Who reads a request, as far as the phone is concerned. */
    public enum Viewer {
        /** A dispatcher or an admin. */
        OFFICE,
        /** The technician assigned to the request (or that technician's work group). */
        ASSIGNED_TECHNICIAN,
        /** Anybody else: a technician who is not (or no longer) on the request. */
        SOMEONE_ELSE
    }

    /** @return how that actor reads that request */
    public static Viewer viewerOf(Actor actor, RepairRequest request) {
        if (actor.isOffice()) {
            return Viewer.OFFICE;
        }
        return Party.ASSIGNED_TECHNICIAN.includes(actor, request) ? Viewer.ASSIGNED_TECHNICIAN : Viewer.SOMEONE_ELSE;
    }

    /** @return whether that viewer may read the client's phone of that request now */
    public static boolean visible(Viewer viewer, RepairRequest request) {
        return switch (viewer) {
            case OFFICE -> true;
            case ASSIGNED_TECHNICIAN -> AT_THE_CLIENTS.contains(request.status());
            case SOMEONE_ELSE -> false;
        };
    }

    /** @return whether that actor may read the client's phone of that request now */
    public static boolean visibleTo(Actor actor, RepairRequest request) {
        return visible(viewerOf(actor, request), request);
    }
}
