package com.repairbot.application.port.in;

import com.repairbot.domain.contact.PhoneNumber;
import com.repairbot.domain.staff.UserId;
import java.util.Objects;

/**
 * The query of {@link FindReturningClientUseCase}.
 *
 * @param actor who asks (authorised by the server on every call)
 * @param phone the client's phone
 */
public record FindReturningClientQuery(UserId actor, PhoneNumber phone) {

    public FindReturningClientQuery {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(phone, "phone");
    }
}
