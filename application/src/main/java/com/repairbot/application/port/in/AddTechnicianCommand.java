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
 * @param name the name the office gives them (cards, history and lists show it); empty to keep the one they have
 *             (Telegram's)
 */
public record AddTechnicianCommand(UserId actor, UserId technician, PhoneNumber phone, Specialization specialization,
                                   boolean changeExisting, String name) {

    public AddTechnicianCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(technician, "technician");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(specialization, "specialization");
        name = Objects.requireNonNullElse(name, "");
    }

    /** Adds or changes a technician, keeping the name they have. */
    public AddTechnicianCommand(UserId actor, UserId technician, PhoneNumber phone, Specialization specialization,
                                boolean changeExisting) {
        this(actor, technician, phone, specialization, changeExisting, "");
    }

    /** Adds a technician who must not exist yet. */
    public AddTechnicianCommand(UserId actor, UserId technician, PhoneNumber phone, Specialization specialization) {
        this(actor, technician, phone, specialization, false, "");
    }
}
