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
    /** How a history comment starts when it records a prepayment, followed by the plain amount. */
    public static final String PREPAYMENT_PREFIX = "prepayment:";

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

    /**
     * What a later long repair of the same request stores: money the client paid is never erased by a step
     * that was skipped, so a prepayment or parts note not given now is the one recorded before.
     *
     * @param earlier the plan recorded by an earlier long repair, if any
     * @return this plan, with the earlier prepayment and parts note where this one has none
     */
    public LongRepairPlan keeping(Optional<LongRepairPlan> earlier) {
        if (earlier.isEmpty()) {
            return this;
        }
        LongRepairPlan before = earlier.get();
        return new LongRepairPlan(expectedBy, prepayment.or(before::prepayment),
                partsNote.isEmpty() ? before.partsNote : partsNote);
    }

    /**
     * The words of the history line of a long repair: the prepayment recorded, so that every amount taken
     * stays in the history, and the parts note.
     *
     * @return {@code prepayment:<amount> <parts note>}, the parts note alone, or empty
     */
    public String historyComment() {
        String amount = prepayment.map(money -> PREPAYMENT_PREFIX + money).orElse("");
        return amount.isEmpty() || partsNote.isEmpty() ? amount + partsNote : amount + " " + partsNote;
    }

    /** The parts note may hold a phone number or an e-mail address; those print masked. */
    @Override
    public String toString() {
        return "LongRepairPlan[expectedBy=" + expectedBy + ", prepayment=" + prepayment + ", partsNote="
                + PiiScanner.mask(partsNote) + "]";
    }
}
