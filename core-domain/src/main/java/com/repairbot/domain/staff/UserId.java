package com.repairbot.domain.staff;

import com.repairbot.domain.shared.InvalidValueException;

/**
 * A person's id in the channel (the Telegram user id, or a console user's number).
 *
 * @param value a positive number
 */
public record UserId(long value) {

    public UserId {
        if (value <= 0) {
            throw new InvalidValueException("user_id.invalid");
        }
    }

    /**
     * @throws InvalidValueException {@code user_id.invalid} when the text is not a positive number
     */
    public static UserId parse(String text) {
        try {
            return new UserId(Long.parseLong(text == null ? "" : text.strip()));
        } catch (NumberFormatException e) {
            throw new InvalidValueException("user_id.invalid");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
