package com.repairbot.domain.contact;

import com.repairbot.domain.privacy.Masking;
import com.repairbot.domain.shared.InvalidValueException;
import com.repairbot.domain.shared.Texts;

/**
 * A client's address, 10–500 characters, with a house number (at least one digit). Prints masked.
 *
 * @param value the cleaned address
 */
public record Address(String value) {

    /** Shortest accepted address. */
    public static final int MIN = 10;
    /** Longest accepted address. */
    public static final int MAX = 500;

    public Address {
        value = Texts.cleanWithin("address", value, MIN, MAX);
        if (value.chars().noneMatch(Character::isDigit)) {
            throw new InvalidValueException("address.house_number");
        }
    }

    /** @return city and start of street, e.g. {@code г. Москва, ул. Лен***} */
    public String masked() {
        return Masking.address(value);
    }

    @Override
    public String toString() {
        return masked();
    }
}
