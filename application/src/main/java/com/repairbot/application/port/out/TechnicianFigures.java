package com.repairbot.application.port.out;

import com.repairbot.domain.staff.UserId;
import java.util.Objects;

/**
 * One technician's part of a report.
 *
 * @param technician who
 * @param requests   how many of the period's requests are assigned to them now
 * @param money      the money of those of them that are closed
 */
public record TechnicianFigures(UserId technician, int requests, MoneyTotals money) {

    public TechnicianFigures {
        Objects.requireNonNull(technician, "technician");
        Objects.requireNonNull(money, "money");
        if (requests < 0) {
            throw new IllegalArgumentException("requests must not be negative");
        }
    }
}
