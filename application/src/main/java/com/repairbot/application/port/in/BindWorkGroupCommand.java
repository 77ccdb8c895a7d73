package com.repairbot.application.port.in;

import com.repairbot.domain.staff.ChatId;
import com.repairbot.domain.staff.UserId;
import java.util.Objects;

/**
 * The command of {@link BindWorkGroupUseCase}.
 *
 * @param actor who acts (authorised by the server on every call)
 * @param technician the technician
 * @param group their work group
 */
public record BindWorkGroupCommand(UserId actor, UserId technician, ChatId group) {

    public BindWorkGroupCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(technician, "technician");
        Objects.requireNonNull(group, "group");
    }
}
