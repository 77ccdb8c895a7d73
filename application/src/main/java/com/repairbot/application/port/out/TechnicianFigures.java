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
public record TechnicianFigures(UserId technician, int requests, MoneyTotals money, int rated, long ratingSum) {

    public TechnicianFigures {
        Objects.requireNonNull(technician, "technician");
        Objects.requireNonNull(money, "money");
        if (requests < 0 || rated < 0 || ratingSum < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }

    /** Figures without ratings. */
    public TechnicianFigures(UserId technician, int requests, MoneyTotals money) {
        this(technician, requests, money, 0, 0);
    }

    /** @return the average of the clients' ratings (1-5), when at least one was given */
    public java.util.OptionalDouble averageRating() {
        return rated == 0 ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of((double) ratingSum / rated);
    }
}
