package com.repairbot.domain.request;

import com.repairbot.domain.contact.Client;
import java.util.Objects;
import java.util.Optional;

/**
 * What a dispatcher entered for a new request, validated, before it has a number.
 *
 * @param equipment   kind of appliance
 * @param description what is wrong
 * @param client      who and where
 * @param notes       optional notes
 * @param visit       optional scheduled visit
 */
public record RequestDraft(EquipmentType equipment, ProblemDescription description, Client client,
                           Optional<Notes> notes, Optional<ScheduledVisit> visit) {

    public RequestDraft {
        Objects.requireNonNull(equipment, "equipment");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(notes, "notes");
        Objects.requireNonNull(visit, "visit");
    }
}
