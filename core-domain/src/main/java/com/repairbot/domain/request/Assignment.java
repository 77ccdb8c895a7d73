package com.repairbot.domain.request;

import com.repairbot.domain.staff.Technician;
import java.util.Objects;

/**
 * The technician a request is assigned to, as found by the server at the time of the move.
 *
 * @param technician the technician
 */
public record Assignment(Technician technician) implements MoveDetails {

    public Assignment {
        Objects.requireNonNull(technician, "technician");
    }
}
