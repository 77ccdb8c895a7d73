package com.repairbot.domain.staff;

import com.repairbot.domain.shared.Texts;

/**
 * What a technician repairs, in their own words ("washing machines, dishwashers"), 2–100 characters.
 *
 * @param value the cleaned text
 */
public record Specialization(String value) {

    /** Longest accepted text. */
    public static final int MAX = 100;

    public Specialization {
        value = Texts.cleanWithin("specialization", value, 2, MAX);
    }

    @Override
    public String toString() {
        return value;
    }
}
