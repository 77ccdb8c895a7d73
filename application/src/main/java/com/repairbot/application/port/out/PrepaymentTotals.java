package com.repairbot.application.port.out;

import com.repairbot.domain.money.Money;
import java.util.Objects;

/**
 * The prepayments taken on a number of requests (on a long repair), exact to the kopeck. A request counts
 * with the prepayment it holds now, whatever its status: money the client paid stays counted after closing.
 *
 * @param requests how many requests hold a prepayment
 * @param total    their sum
 */
public record PrepaymentTotals(int requests, Money total) {

    /** No prepayment. */
    public static final PrepaymentTotals NONE = new PrepaymentTotals(0, Money.ZERO);

    public PrepaymentTotals {
        if (requests < 0) {
            throw new IllegalArgumentException("requests must not be negative");
        }
        Objects.requireNonNull(total, "total");
    }

    /** @return these and one more prepayment */
    public PrepaymentTotals plus(Money prepayment) {
        return new PrepaymentTotals(requests + 1, total.plus(prepayment));
    }
}
