package com.repairbot.application.port.out;

import com.repairbot.domain.privacy.PiiScanner;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.staff.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of the audit log: who did what, when.
 *
 * @param at      when
 * @param actor   who
 * @param action  stable action name, e.g. {@code request.accept}, {@code role.grant}
 * @param request the request concerned, if any
 * @param details short free text (never a full phone or name: callers pass masked values)
 */
public record AuditEntry(Instant at, UserId actor, String action, Optional<RequestNumber> request, String details) {

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(request, "request");
        details = details == null ? "" : details;
    }

    @Override
    public String toString() {
        return "AuditEntry[" + at + " " + actor + " " + action + request.map(n -> " " + n).orElse("") + " "
                + PiiScanner.mask(details) + "]";
    }
}
