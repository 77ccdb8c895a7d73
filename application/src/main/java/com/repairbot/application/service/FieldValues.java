package com.repairbot.application.service;

import com.repairbot.domain.money.Money;
import com.repairbot.domain.request.Completion;
import com.repairbot.domain.request.EditableField;
import com.repairbot.domain.request.Notes;
import com.repairbot.domain.request.RepairRequest;
import com.repairbot.domain.request.ScheduledVisit;
import java.util.Optional;

/**
 * The value an editable field of a request holds, as text for the audit log's old and new values: codes for what
 * is shown translated (the appliance's code, {@code true}/{@code false}), amounts in rubles ({@code 1500.00}), the
 * rest as typed. Empty when the field holds nothing (no notes, no visit).
 */
final class FieldValues {

    private FieldValues() {
    }

    static Optional<String> of(EditableField field, RepairRequest request) {
        Optional<Completion> money = request.completion();
        return switch (field) {
            case EQUIPMENT -> Optional.of(request.equipment().code());
            case DESCRIPTION -> Optional.of(request.description().value());
            case CLIENT_NAME -> Optional.of(request.client().name().value());
            case ADDRESS -> Optional.of(request.client().address().value());
            case PHONE -> Optional.of(request.client().phone().e164());
            case NOTES -> request.notes().map(Notes::value);
            case VISIT -> request.visit().map(ScheduledVisit::text);
            case TOTAL -> money.map(Completion::total).map(Money::toString);
            case MATERIALS -> money.map(Completion::materials).map(Money::toString);
            case REVIEW_TAKEN -> money.map(c -> Boolean.toString(c.reviewTaken()));
            case OUT_OF_CITY -> money.map(c -> Boolean.toString(c.outOfCity()));
        };
    }
}
