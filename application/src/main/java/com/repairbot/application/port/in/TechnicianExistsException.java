package com.repairbot.application.port.in;

import com.repairbot.domain.staff.Technician;

/** A technician with that id exists already, and the command did not say to change them. */
public final class TechnicianExistsException extends RuntimeException {

    private final transient Technician existing;

    /** @param existing the technician as stored */
    public TechnicianExistsException(Technician existing) {
        super("technician " + existing.id() + " exists");
        this.existing = existing;
    }

    /** @return the technician as stored */
    public Technician existing() {
        return existing;
    }
}
