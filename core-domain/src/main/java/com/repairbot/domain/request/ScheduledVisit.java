package com.repairbot.domain.request;

import com.repairbot.domain.privacy.PiiScanner;
import com.repairbot.domain.shared.Texts;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * When the technician is expected at the client: the words the dispatcher typed, and the date-time they
 * mean in the business time zone when {@link VisitTimeParser} could read them.
 *
 * @param text the text as typed, 1–200 characters
 * @param at   the parsed local date-time, if any
 */
public record ScheduledVisit(String text, Optional<LocalDateTime> at) {

    /** Longest accepted text. */
    public static final int MAX = 200;

    public ScheduledVisit {
        text = Texts.cleanWithin("visit", text, 1, MAX);
        Objects.requireNonNull(at, "at");
    }

    /** The text may hold a phone number or an e-mail address; those print masked. */
    @Override
    public String toString() {
        return "ScheduledVisit[text=" + PiiScanner.mask(text) + ", at=" + at + "]";
    }
}
