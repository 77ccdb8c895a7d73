package com.repairbot.application.port.out;

import com.repairbot.application.conversation.Outbound;
import com.repairbot.domain.staff.ChatId;

/** Sends messages that are not a direct reply: notifications from the outbox. */
public interface Messenger {

    /**
     * @throws DeliveryException when the message could not be sent (it will be retried) or can never be
     *                           sent (the recipient blocked the bot)
     */
    void send(ChatId chat, Outbound message);
}
