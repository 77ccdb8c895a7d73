package com.repairbot.application.conversation;

import com.repairbot.domain.staff.ChatId;
import com.repairbot.domain.staff.UserId;
import java.util.Locale;
import java.util.Objects;

/**
 * Something a person sent in a chat.
 *
 * @param chat     where
 * @param user     who (authorisation uses this id, never anything inside the input)
 * @param language the person's language as the channel knows it (e.g. Telegram's {@code language_code});
 *                 Russian is used unless it is English
 * @param input    what they sent
 */
public record Inbound(ChatId chat, UserId user, Locale language, Input input) {

    public Inbound {
        Objects.requireNonNull(chat, "chat");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(input, "input");
    }
}
