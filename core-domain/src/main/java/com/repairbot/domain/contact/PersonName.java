package com.repairbot.domain.contact;

import com.repairbot.domain.privacy.Masking;
import com.repairbot.domain.shared.Texts;

/**
 * A client's name, 2–200 characters. Prints masked.
 *
 * @param value the cleaned name
 */
public record PersonName(String value) {

    /** Shortest accepted name. */
    public static final int MIN = 2;
    /** Longest accepted name. */
    public static final int MAX = 200;

    public PersonName {
        value = Texts.cleanWithin("name", value, MIN, MAX).replaceAll("\\s+", " ");
    }

    /** @return the masked name, e.g. {@code И***в И***} */
    public String masked() {
        return Masking.name(value);
    }

    @Override
    public String toString() {
        return masked();
    }
}
