package com.repairbot.domain.request;

import com.repairbot.domain.privacy.PiiScanner;
import com.repairbot.domain.shared.Texts;

/**
 * Why a request was refused or declined, 3–500 characters.
 *
 * @param value the cleaned text
 */
public record RefusalReason(String value) implements MoveDetails {

    /** Longest accepted reason. */
    public static final int MAX = 500;

    public RefusalReason {
        value = Texts.cleanWithin("reason", value, 3, MAX);
    }

    @Override
    public String toString() {
        return PiiScanner.mask(value);
    }
}
