package com.repairbot.application.port.out;

import com.repairbot.domain.privacy.PiiScanner;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.staff.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of the audit log: who did what, when, and for an edit what the field held before and after. The log is
 * read by admins on screen, in full (ADR 0029); printed, for logs, an entry masks its texts.
 *
 * @param at       when
 * @param actor    who
 * @param action   stable action name, e.g. {@code request.accept}, {@code request.edit.address}, {@code role.grant}
 * @param request  the request concerned, if any
 * @param details  short free text, e.g. {@code NEW->ASSIGNED}, {@code user 300 TECHNICIAN}
 * @param oldValue an edited field's value before the edit, as stored (e.g. the address); empty when none
 * @param newValue its value after (for notes, the notes with the text added); empty when none
 */
public record AuditEntry(Instant at, UserId actor, String action, Optional<RequestNumber> request, String details,
                         Optional<String> oldValue, Optional<String> newValue) {

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(request, "request");
        details = details == null ? "" : details;
        Objects.requireNonNull(oldValue, "oldValue");
        Objects.requireNonNull(newValue, "newValue");
    }

    /** An entry that changed no field's value. */
    public AuditEntry(Instant at, UserId actor, String action, Optional<RequestNumber> request, String details) {
        this(at, actor, action, request, details, Optional.empty(), Optional.empty());
    }

    @Override
    public String toString() {
        return "AuditEntry[" + at + " " + actor + " " + action + request.map(n -> " " + n).orElse("") + " "
                + PiiScanner.mask(details) + oldValue.map(v -> " '" + PiiScanner.mask(v) + "'").orElse("")
                + newValue.map(v -> " -> '" + PiiScanner.mask(v) + "'").orElse("") + "]";
    }
}
