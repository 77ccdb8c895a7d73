package com.repairbot.application.port.in;

import com.repairbot.domain.staff.ChatId;
import java.util.Objects;

/**
 * The command of {@link NoteChatMembershipUseCase}: the bot's own membership of a chat changed, as the channel
 * reported it (Telegram's {@code my_chat_member}).
 *
 * @param chat    the chat (a person's private chat, whose id is their user id, or a group)
 * @param present whether the bot is in the chat now (a member, an administrator): false when a person blocked it
 *                or a group removed it
 */
public record ChatMembershipCommand(ChatId chat, boolean present) {

    public ChatMembershipCommand {
        Objects.requireNonNull(chat, "chat");
    }

    /** @return whether the chat is a person's private chat (a positive id) rather than a group */
    public boolean privateChat() {
        return chat.value() > 0;
    }
}
