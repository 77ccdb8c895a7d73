package com.repairbot.application.port.out;

import com.repairbot.domain.staff.ChatId;
import com.repairbot.domain.staff.UserId;
import java.util.Objects;

/**
 * Whose dialog: one per user per chat (the Redis layout {@code fsm:{chat}:{user}:...}).
 *
 * @param chat the chat
 * @param user the user
 */
public record ConversationKey(ChatId chat, UserId user) {

    public ConversationKey {
        Objects.requireNonNull(chat, "chat");
        Objects.requireNonNull(user, "user");
    }
}
