package com.repairbot.domain.staff;

import com.repairbot.domain.contact.PhoneNumber;
import java.util.Objects;
import java.util.Optional;

/**
 * A technician ("мастер"): works the requests assigned to them, in private chat and in their work group.
 * Prints masked.
 *
 * @param id             the technician's user id
 * @param phone          their phone
 * @param specialization what they repair
 * @param active         whether new requests may be assigned to them
 * @param workGroup      the group bound to them, if any
 */
public record Technician(UserId id, PhoneNumber phone, Specialization specialization, boolean active,
                         Optional<ChatId> workGroup) {

    public Technician {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(specialization, "specialization");
        Objects.requireNonNull(workGroup, "workGroup");
    }

    /** @return a newly added technician: active, no work group yet */
    public static Technician added(UserId id, PhoneNumber phone, Specialization specialization) {
        return new Technician(id, phone, specialization, true, Optional.empty());
    }

    /** @return whether a request may be assigned to them: active and with a work group */
    public boolean assignable() {
        return active && workGroup.isPresent();
    }

    /**
     * Who may read this technician's phone on a screen: the office (an admin hires the staff, a dispatcher calls
     * them about their requests) and the technician; another technician reads it masked. Logs print it masked
     * whoever reads them.
     *
     * @return whether that actor may read the phone in full
     */
    public boolean phoneVisibleTo(Actor actor) {
        return actor.isOffice() || actor.id().equals(id);
    }

    /** @return a copy with the given active flag */
    public Technician withActive(boolean newActive) {
        return new Technician(id, phone, specialization, newActive, workGroup);
    }

    /** @return a copy bound to the given work group */
    public Technician withWorkGroup(ChatId group) {
        return new Technician(id, phone, specialization, active, Optional.of(group));
    }
}
