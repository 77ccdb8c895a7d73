package com.repairbot.application.port.out;

import com.repairbot.domain.money.Money;
import com.repairbot.domain.request.Completion;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * The money of a number of closed requests, exact to the kopeck, and what their closing recorded besides.
 *
 * @param closed          how many closed requests it sums
 * @param total           what the clients paid
 * @param materials       what the parts cost
 * @param technicianShare the technicians' part of the net
 * @param companyShare    the company's part of the net
 * @param reviews         how many of them took a review from the client
 * @param outOfCity       how many of them were visits out of the city
 */
public record MoneyTotals(int closed, Money total, Money materials, Money technicianShare, Money companyShare,
                          int reviews, int outOfCity) {

    /** Nothing closed. */
    public static final MoneyTotals NONE = new MoneyTotals(0, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, 0, 0);

    public MoneyTotals {
        if (closed < 0 || reviews < 0 || outOfCity < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
        if (reviews > closed || outOfCity > closed) {
            throw new IllegalArgumentException("reviews and trips are counted among the closed requests");
        }
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(materials, "materials");
        Objects.requireNonNull(technicianShare, "technicianShare");
        Objects.requireNonNull(companyShare, "companyShare");
    }

    /** @return the money of one closed request */
    public static MoneyTotals of(Completion completion) {
        return new MoneyTotals(1, completion.total(), completion.materials(), completion.split().technicianShare(),
                completion.split().companyShare(), completion.reviewTaken() ? 1 : 0, completion.outOfCity() ? 1 : 0);
    }

    /** @return both sums together */
    public MoneyTotals plus(MoneyTotals that) {
        return new MoneyTotals(closed + that.closed, total.plus(that.total), materials.plus(that.materials),
                technicianShare.plus(that.technicianShare), companyShare.plus(that.companyShare),
                reviews + that.reviews, outOfCity + that.outOfCity);
    }

    /** @return total minus materials */
    public Money net() {
        return total.minus(materials);
    }

    /**
     * @return the average check: what a client paid per closed request, rounded half up to the kopeck; empty when
     *         nothing was closed
     */
    public Optional<Money> averageCheck() {
        if (closed == 0) {
            return Optional.empty();
        }
        return Optional.of(new Money(BigDecimal.valueOf(total.kopecks())
                .divide(BigDecimal.valueOf(closed), 0, RoundingMode.HALF_UP).longValueExact()));
    }
}
