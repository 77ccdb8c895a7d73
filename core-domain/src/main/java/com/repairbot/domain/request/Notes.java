package com.repairbot.domain.request;

import com.repairbot.domain.privacy.PiiScanner;
import com.repairbot.domain.shared.Texts;

/**
 * Free notes on a request, 1–1000 characters.
 *
 * @param value the cleaned text
 */
public record Notes(String value) {

    /** Longest accepted notes. */
    public static final int MAX = 1000;

    public Notes {
        value = Texts.cleanWithin("notes", value, 1, MAX);
    }

    /**
     * @return these notes followed, on a new line, by the added text
     * @throws com.repairbot.domain.shared.InvalidValueException {@code notes.length} when the result is too long
     */
    public Notes append(Notes added) {
        return new Notes(value + "\n" + added.value);
    }

    @Override
    public String toString() {
        return PiiScanner.mask(value);
    }
}
