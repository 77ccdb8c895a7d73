package com.repairbot.application.port.out;

import com.repairbot.domain.staff.ChatId;
import java.util.Objects;

/**
 * Where a message went: its chat and the id the channel gave it there, so that it can be edited later.
 *
 * @param chat      the chat
 * @param messageId the channel's id of the message in that chat
 */
public record PostedMessage(ChatId chat, long messageId) {

    public PostedMessage {
        Objects.requireNonNull(chat, "chat");
    }
}
