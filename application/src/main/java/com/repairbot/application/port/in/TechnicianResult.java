package com.repairbot.application.port.in;

import com.repairbot.domain.request.RepairRequest;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.staff.Technician;
import java.util.List;
import java.util.Objects;

/**
 * @param technician the technician after the change
 * @param changed    whether anything changed
 * @param open       the requests still theirs after it (on a deactivation that asked first and changed nothing:
 *                   those the admin must decide about)
 * @param unassigned the requests that went back to NEW with the change
 */
public record TechnicianResult(Technician technician, boolean changed, List<RepairRequest> open,
                               List<RequestNumber> unassigned) {

    public TechnicianResult {
        Objects.requireNonNull(technician, "technician");
        open = List.copyOf(open);
        unassigned = List.copyOf(unassigned);
    }

    /** A change that left no request behind. */
    public TechnicianResult(Technician technician, boolean changed) {
        this(technician, changed, List.of(), List.of());
    }

    /** @return whether a deactivation waits for the admin's decision about the requests still theirs */
    public boolean decisionNeeded() {
        return !changed && technician.active() && !open.isEmpty();
    }
}
