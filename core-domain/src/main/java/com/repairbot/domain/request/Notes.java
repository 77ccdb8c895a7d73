package com.repairbot.domain.request;

import com.repairbot.domain.privacy.PiiScanner;
import com.repairbot.domain.shared.InvalidValueException;
import com.repairbot.domain.shared.Texts;

/**
 * Free notes on a request, 1–1000 characters: all the notes added to a request together, not each one.
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
     * @throws InvalidValueException {@code notes.total_length} when all the notes together would be too long,
     *                               with the limit, the characters already written and the room left
     */
    public Notes append(Notes added) {
        String joined = value + "\n" + added.value;
        if (joined.codePointCount(0, joined.length()) > MAX) {
            int used = value.codePointCount(0, value.length());
            throw new InvalidValueException("notes.total_length", MAX, used, Math.max(0, MAX - used - 1));
        }
        return new Notes(joined);
    }

    @Override
    public String toString() {
        return PiiScanner.mask(value);
    }
}
