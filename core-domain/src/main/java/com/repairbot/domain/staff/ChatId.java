package com.repairbot.domain.staff;

import com.repairbot.domain.shared.InvalidValueException;

/**
 * A chat in the channel: a private chat, or a group such as a technician's work group (groups have
 * negative ids in Telegram).
 *
 * @param value any non-zero number
 */
public record ChatId(long value) {

    public ChatId {
        if (value == 0) {
            throw new InvalidValueException("chat_id.invalid");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
