package com.repairbot.domain.request;

import com.repairbot.domain.money.Money;
import com.repairbot.domain.money.ProfitSplit;
import com.repairbot.domain.money.ProfitSplitPolicy;
import java.util.Objects;

/**
 * The money of a closed request.
 *
 * @param total       what the client paid
 * @param materials   what the parts cost, at most the total
 * @param reviewTaken whether the client left a review
 * @param outOfCity   whether the visit was out of town
 * @param split       the technician's and the company's shares
 */
public record Completion(Money total, Money materials, boolean reviewTaken, boolean outOfCity, ProfitSplit split)
        implements MoveDetails {

    public Completion {
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(materials, "materials");
        Objects.requireNonNull(split, "split");
        if (split.net().kopecks() != total.kopecks() - materials.kopecks()) {
            throw new IllegalArgumentException("split does not belong to these amounts");
        }
    }

    /**
     * Computes the split with the policy.
     *
     * @throws com.repairbot.domain.shared.InvalidValueException {@code materials.exceed_total}
     */
    public static Completion of(Money total, Money materials, boolean reviewTaken, boolean outOfCity,
                                ProfitSplitPolicy policy) {
        return new Completion(total, materials, reviewTaken, outOfCity,
                policy.split(total, materials, reviewTaken, outOfCity));
    }
}
