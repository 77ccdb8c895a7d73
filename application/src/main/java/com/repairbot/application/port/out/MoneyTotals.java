package com.repairbot.application.port.out;

import com.repairbot.domain.money.Money;
import com.repairbot.domain.request.Completion;
import java.util.Objects;

/**
 * The money of a number of closed requests, exact to the kopeck.
 *
 * @param closed          how many closed requests it sums
 * @param total           what the clients paid
 * @param materials       what the parts cost
 * @param technicianShare the technicians' part of the net
 * @param companyShare    the company's part of the net
 */
public record MoneyTotals(int closed, Money total, Money materials, Money technicianShare, Money companyShare) {

    /** Nothing closed. */
    public static final MoneyTotals NONE = new MoneyTotals(0, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);

    public MoneyTotals {
        if (closed < 0) {
            throw new IllegalArgumentException("closed must not be negative");
        }
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(materials, "materials");
        Objects.requireNonNull(technicianShare, "technicianShare");
        Objects.requireNonNull(companyShare, "companyShare");
    }

    /** @return the money of one closed request */
    public static MoneyTotals of(Completion completion) {
        return new MoneyTotals(1, completion.total(), completion.materials(), completion.split().technicianShare(),
                completion.split().companyShare());
    }

    /** @return both sums together */
    public MoneyTotals plus(MoneyTotals that) {
        return new MoneyTotals(closed + that.closed, total.plus(that.total), materials.plus(that.materials),
                technicianShare.plus(that.technicianShare), companyShare.plus(that.companyShare));
    }

    /** @return total minus materials */
    public Money net() {
        return total.minus(materials);
    }
}
