package com.repairbot.domain.request;

import com.repairbot.domain.privacy.PiiScanner;
import com.repairbot.domain.shared.Texts;

/**
 * What is wrong with the appliance, 10–500 characters.
 *
 * @param value the cleaned text
 */
public record ProblemDescription(String value) {

    /** Shortest accepted description. */
    public static final int MIN = 10;
    /** Longest accepted description. */
    public static final int MAX = 500;

    public ProblemDescription {
        value = Texts.cleanWithin("description", value, MIN, MAX);
    }

    /** Free text may hold a phone number or an e-mail address; those print masked. */
    @Override
    public String toString() {
        return PiiScanner.mask(value);
    }
}
