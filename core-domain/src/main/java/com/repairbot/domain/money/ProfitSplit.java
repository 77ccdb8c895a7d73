package com.repairbot.domain.money;

/**
 * How the net of a closed request is shared.
 *
 * @param net               total minus materials
 * @param technicianPercent the technician's percentage of net, bonuses included
 * @param technicianShare   the technician's part
 * @param companyShare      the company's part; {@code technicianShare + companyShare == net}
 */
public record ProfitSplit(Money net, int technicianPercent, Money technicianShare, Money companyShare) {

    public ProfitSplit {
        if (technicianShare.plus(companyShare).kopecks() != net.kopecks()) {
            throw new IllegalArgumentException("shares must add up to net");
        }
    }
}
