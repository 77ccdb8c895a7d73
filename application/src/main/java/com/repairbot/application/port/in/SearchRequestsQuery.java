package com.repairbot.application.port.in;

import com.repairbot.domain.staff.UserId;
import java.util.Objects;

/**
 * The query of {@link SearchRequestsUseCase}.
 *
 * @param actor who asks (authorised by the server on every call)
 * @param text  what they typed: a request number, a phone, or words of a client's name or address
 * @param page  0-based page
 */
public record SearchRequestsQuery(UserId actor, String text, int page) {

    public SearchRequestsQuery {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(text, "text");
    }

    /** The text may be a client's name or phone: printed by its length only. */
    @Override
    public String toString() {
        return "SearchRequestsQuery[" + actor + " " + text.length() + " chars, page " + page + "]";
    }
}
