package com.repairbot.application.port.out;

import com.repairbot.domain.staff.ChatId;
import java.time.Instant;
import java.util.Objects;

/**
 * A chat the bot cannot write to any more, as Telegram said. For a person the chat is their private chat, whose id
 * is their Telegram user id: the mark is the person's, whatever their role (staff or client).
 *
 * @param chat   the chat (a person's user id, or a group's id)
 * @param reason why
 * @param since  when it was noticed
 */
public record UnreachableMark(ChatId chat, Reason reason, Instant since) {

    /** Why a chat cannot be written to. Stored by name. */
    public enum Reason {
        /** The person blocked the bot (403 in their private chat, or {@code my_chat_member} "kicked" there). */
        BLOCKED,
        /** The bot was removed from the group (403 there, or {@code my_chat_member} "left" / "kicked"). */
        REMOVED,
        /** Telegram does not know the chat (400 "chat not found"). */
        GONE
    }

    public UnreachableMark {
        Objects.requireNonNull(chat, "chat");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(since, "since");
    }
}
