package com.repairbot.application.port.in;

import com.repairbot.domain.shared.InvalidValueException;
import com.repairbot.domain.staff.ChatId;
import com.repairbot.domain.staff.UserId;
import java.util.Objects;

/**
 * The command of {@link BindWorkGroupUseCase}.
 *
 * @param actor who acts (authorised by the server on every call)
 * @param technician the technician
 * @param group their work group: a group's id, which is negative (a private chat's is positive)
 * @param share whether the group may be bound while it is another technician's (the admin saw whose it is and
 *              confirmed); when false, such a group is refused with {@link WorkGroupTakenException}
 */
public record BindWorkGroupCommand(UserId actor, UserId technician, ChatId group, boolean share) {

    public BindWorkGroupCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(technician, "technician");
        Objects.requireNonNull(group, "group");
        if (group.value() >= 0) {
            throw new InvalidValueException("chat_id.not_group");
        }
    }

    /** Binds a group that is nobody else's. */
    public BindWorkGroupCommand(UserId actor, UserId technician, ChatId group) {
        this(actor, technician, group, false);
    }
}
