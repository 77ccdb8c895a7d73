package com.repairbot.application.port.out;

import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.staff.UserId;
import java.util.Objects;
import java.util.Optional;

/**
 * Which audit entries to read.
 *
 * @param request only those about this request; any when empty
 * @param actor   only those of this person; anyone's when empty
 */
public record AuditFilter(Optional<RequestNumber> request, Optional<UserId> actor) {

    /** Every entry. */
    public static final AuditFilter ALL = new AuditFilter(Optional.empty(), Optional.empty());

    public AuditFilter {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(actor, "actor");
    }

    /** @return the entries about one request */
    public static AuditFilter of(RequestNumber request) {
        return new AuditFilter(Optional.of(request), Optional.empty());
    }

    /** @return the entries of one person */
    public static AuditFilter by(UserId actor) {
        return new AuditFilter(Optional.empty(), Optional.of(actor));
    }

    /** @return whether the entry passes */
    public boolean test(AuditEntry entry) {
        return request.map(n -> entry.request().filter(n::equals).isPresent()).orElse(true)
                && actor.map(entry.actor()::equals).orElse(true);
    }
}
