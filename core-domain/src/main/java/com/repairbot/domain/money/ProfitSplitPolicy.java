package com.repairbot.domain.money;

import com.repairbot.domain.shared.InvalidValueException;

/**
 * The rule that shares the net of a closed request between technician and company (docs/statuses.md):
 * net = total − materials; below the threshold the technician gets the low percentage, at or above it
 * the high one; a review taken and an out-of-city trip each add a bonus percentage, taken from the
 * company's part. The company's share is computed as net minus the technician's, so the two always add
 * up to the kopeck.
 *
 * @param threshold          net at which the high percentage applies
 * @param highPercent        technician's percentage when net ≥ threshold
 * @param lowPercent         technician's percentage when net &lt; threshold
 * @param reviewBonusPercent added when a review was taken
 * @param outOfCityBonusPercent added for an out-of-city trip
 */
public record ProfitSplitPolicy(Money threshold, int highPercent, int lowPercent, int reviewBonusPercent,
                                int outOfCityBonusPercent) {

    public ProfitSplitPolicy {
        if (threshold == null) {
            throw new InvalidValueException("split.threshold.missing");
        }
        for (int percent : new int[] {highPercent, lowPercent, reviewBonusPercent, outOfCityBonusPercent}) {
            if (percent < 0 || percent > 100) {
                throw new InvalidValueException("split.percent.range", 0, 100);
            }
        }
        if (Math.max(highPercent, lowPercent) + reviewBonusPercent + outOfCityBonusPercent > 100) {
            throw new InvalidValueException("split.percent.sum", 100);
        }
    }

    /** @return 7000 ₽ threshold, 50 % / 40 %, +10 % review, +10 % out of city */
    public static ProfitSplitPolicy defaults() {
        return new ProfitSplitPolicy(Money.rubles(7000), 50, 40, 10, 10);
    }

    /**
     * @throws InvalidValueException {@code materials.exceed_total} when materials cost more than the total
     */
    public ProfitSplit split(Money total, Money materials, boolean reviewTaken, boolean outOfCity) {
        if (materials.compareTo(total) > 0) {
            throw new InvalidValueException("materials.exceed_total");
        }
        Money net = total.minus(materials);
        int percent = (net.compareTo(threshold) >= 0 ? highPercent : lowPercent)
                + (reviewTaken ? reviewBonusPercent : 0)
                + (outOfCity ? outOfCityBonusPercent : 0);
        Money technician = net.percent(percent);
        return new ProfitSplit(net, percent, technician, net.minus(technician));
    }
}
