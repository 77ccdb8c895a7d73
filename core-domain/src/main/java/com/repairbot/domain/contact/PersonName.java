package com.repairbot.domain.contact;

import com.repairbot.domain.privacy.Masking;
import com.repairbot.domain.shared.Texts;
import java.util.regex.Pattern;

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

    /** Compiled once: a name is made with every request read. */
    private static final Pattern SPACES = Pattern.compile("\\s+");

    public PersonName {
        value = SPACES.matcher(Texts.cleanWithin("name", value, MIN, MAX)).replaceAll(" ");
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
