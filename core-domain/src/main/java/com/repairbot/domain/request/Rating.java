package com.repairbot.domain.request;

import com.repairbot.domain.privacy.PiiScanner;
import com.repairbot.domain.shared.InvalidValueException;
import com.repairbot.domain.shared.Texts;
import java.util.Objects;
import java.util.Optional;

/**
 * How the client rated a closed request: 1–5 and an optional comment of up to 500 characters. Prints the comment
 * masked (it is free text).
 *
 * @param score   1 (bad) to 5 (excellent)
 * @param comment what the client added, if anything
 */
public record Rating(int score, Optional<String> comment) {

    /** Lowest score. */
    public static final int MIN = 1;
    /** Highest score. */
    public static final int MAX = 5;
    /** Longest comment. */
    public static final int MAX_COMMENT = 500;

    public Rating {
        if (score < MIN || score > MAX) {
            throw new InvalidValueException("rating.score", MIN, MAX);
        }
        Objects.requireNonNull(comment, "comment");
        comment = comment.map(Texts::clean).filter(text -> !text.isEmpty())
                .map(text -> Texts.cleanWithin("rating.comment", text, 1, MAX_COMMENT));
    }

    /** @return a rating without a comment */
    public static Rating of(int score) {
        return new Rating(score, Optional.empty());
    }

    @Override
    public String toString() {
        return "Rating[" + score + comment.map(text -> " '" + PiiScanner.mask(text) + "'").orElse("") + "]";
    }
}
