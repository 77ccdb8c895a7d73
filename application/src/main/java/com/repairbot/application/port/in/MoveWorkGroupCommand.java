package com.repairbot.application.port.in;

import com.repairbot.domain.staff.ChatId;
import com.repairbot.domain.staff.UserId;
import java.util.Objects;

/**
 * The command of {@link MoveWorkGroupUseCase}. It comes from the channel, not from a person: nobody's
 * permission is checked, because Telegram itself says that the chat moved.
 *
 * @param system who the move is recorded against in the audit log (the bot itself)
 * @param from   the old chat id (the group)
 * @param to     the new chat id (the supergroup)
 */
public record MoveWorkGroupCommand(UserId system, ChatId from, ChatId to) {

    public MoveWorkGroupCommand {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.equals(to)) {
            throw new IllegalArgumentException("a chat cannot move to itself: " + from);
        }
    }
}
