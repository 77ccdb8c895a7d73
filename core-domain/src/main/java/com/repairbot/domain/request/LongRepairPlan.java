package com.repairbot.domain.request;

import com.repairbot.domain.money.Money;
import com.repairbot.domain.privacy.PiiScanner;
import com.repairbot.domain.shared.InvalidValueException;
import com.repairbot.domain.shared.Texts;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A long repair ("долгий ремонт"): when it should be done, what the client prepaid, which parts wait.
 *
 * @param expectedBy expected completion date
 * @param prepayment money taken in advance, if any
 * @param partsNote  parts ordered or awaited, 0–500 characters (empty when none)
 */
public record LongRepairPlan(LocalDate expectedBy, Optional<Money> prepayment, String partsNote)
        implements MoveDetails {

    /** Longest accepted parts note. */
    public static final int MAX_NOTE = 500;

    public LongRepairPlan {
        if (expectedBy == null) {
            throw new InvalidValueException("long_repair.date.missing");
        }
        Objects.requireNonNull(prepayment, "prepayment");
        partsNote = Texts.cleanWithin("parts_note", partsNote, 0, MAX_NOTE);
    }

    /**
     * @param today the business date today
     * @throws InvalidValueException {@code long_repair.date.past} when the expected date is before today
     */
    public LongRepairPlan requireNotBefore(LocalDate today) {
        if (expectedBy.isBefore(today)) {
            throw new InvalidValueException("long_repair.date.past");
        }
        return this;
    }

    /** The parts note may hold a phone number or an e-mail address; those print masked. */
    @Override
    public String toString() {
        return "LongRepairPlan[expectedBy=" + expectedBy + ", prepayment=" + prepayment + ", partsNote="
                + PiiScanner.mask(partsNote) + "]";
    }
}
