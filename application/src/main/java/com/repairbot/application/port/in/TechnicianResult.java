package com.repairbot.application.port.in;

import com.repairbot.domain.staff.Technician;
import java.util.Objects;

/**
 * @param technician the technician after the change
 * @param changed    whether anything changed
 */
public record TechnicianResult(Technician technician, boolean changed) {

    public TechnicianResult {
        Objects.requireNonNull(technician, "technician");
    }
}
