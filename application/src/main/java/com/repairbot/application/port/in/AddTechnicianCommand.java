package com.repairbot.application.port.in;

import com.repairbot.domain.contact.PhoneNumber;
import com.repairbot.domain.staff.Specialization;
import com.repairbot.domain.staff.UserId;
import java.util.Objects;

/**
 * The command of {@link AddTechnicianUseCase}.
 *
 * @param actor who acts (authorised by the server on every call)
 * @param technician the new technician's user id
 * @param phone their phone
 * @param specialization what they repair
 * @param changeExisting whether a technician with that id may be changed (the admin saw them and confirmed);
 *                       when false, an existing one is refused with {@link TechnicianExistsException}
 */
public record AddTechnicianCommand(UserId actor, UserId technician, PhoneNumber phone, Specialization specialization,
                                   boolean changeExisting) {

    public AddTechnicianCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(technician, "technician");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(specialization, "specialization");
    }

    /** Adds a technician who must not exist yet. */
    public AddTechnicianCommand(UserId actor, UserId technician, PhoneNumber phone, Specialization specialization) {
        this(actor, technician, phone, specialization, false);
    }
}
