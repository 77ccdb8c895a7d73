package com.repairbot.application.port.in;

import com.repairbot.domain.contact.PhoneNumber;
import com.repairbot.domain.staff.UserId;
import java.util.Objects;

/**
 * The query of {@link PhoneSharedByClientUseCase}.
 *
 * @param actor who asks (office only, authorised by the server)
 * @param phone the phone a dispatcher is entering
 */
public record PhoneSharedByClientQuery(UserId actor, PhoneNumber phone) {

    public PhoneSharedByClientQuery {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(phone, "phone");
    }
}
