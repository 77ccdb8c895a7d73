package com.repairbot.application.port.in;

import com.repairbot.domain.staff.UserId;

/** No technician has that id. */
public final class TechnicianNotFoundException extends RuntimeException {

    private final transient UserId id;

    /** @param id the id asked for */
    public TechnicianNotFoundException(UserId id) {
        super("no technician " + id);
        this.id = id;
    }

    /** @return the id asked for */
    public UserId id() {
        return id;
    }
}
