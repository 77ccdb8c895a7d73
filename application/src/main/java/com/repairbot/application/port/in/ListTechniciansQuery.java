package com.repairbot.application.port.in;

import com.repairbot.domain.staff.UserId;
import java.util.Objects;

/**
 * The query of {@link ListTechniciansUseCase}.
 *
 * @param actor who acts (authorised by the server on every call)
 * @param assignableOnly only active technicians with a work group
 */
public record ListTechniciansQuery(UserId actor, boolean assignableOnly) {

    public ListTechniciansQuery {
        Objects.requireNonNull(actor, "actor");
    }
}
