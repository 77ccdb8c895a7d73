package com.repairbot.application.port.out;

import com.repairbot.application.conversation.Outbound;
import com.repairbot.domain.staff.ChatId;
import java.util.Optional;

/**
 * Sends messages that are not a direct reply: notifications from the outbox, request cards, pushed reports. A
 * channel that can say where a message went and edit it later overrides {@link #post} and {@link #replace}, and
 * its request cards are kept up to date in place; a channel that cannot (the terminal) shows a card when asked.
 */
public interface Messenger {

    /**
     * @throws DeliveryException when the message could not be sent (it will be retried) or can never be
     *                           sent (the recipient blocked the bot)
     */
    void send(ChatId chat, Outbound message);

    /**
     * Sends a message and says where it went.
     *
     * @return the chat and the channel's id of the message; empty when the channel cannot edit messages
     * @throws DeliveryException as {@link #send}
     */
    default Optional<PostedMessage> post(ChatId chat, Outbound message) {
        send(chat, message);
        return Optional.empty();
    }

    /**
     * Shows {@code message} in place of an earlier one; when that one cannot be edited any more (deleted, too
     * old) it is sent as a new message instead. Showing exactly what is shown already is a success.
     *
     * @param earlier where the earlier message is
     * @return where the message is shown now: {@code earlier}, or the new message; empty when the channel cannot
     *         tell
     * @throws DeliveryException as {@link #send}
     */
    default Optional<PostedMessage> replace(PostedMessage earlier, Outbound message) {
        return post(earlier.chat(), message);
    }
}
