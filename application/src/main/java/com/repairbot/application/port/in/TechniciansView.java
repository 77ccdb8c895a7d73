package com.repairbot.application.port.in;

import com.repairbot.domain.staff.Technician;
import java.util.List;

/** @param technicians in ascending id order */
public record TechniciansView(List<Technician> technicians) {

    public TechniciansView {
        technicians = List.copyOf(technicians);
    }
}
