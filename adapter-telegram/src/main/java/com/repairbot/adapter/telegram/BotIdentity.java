package com.repairbot.adapter.telegram;

import java.util.Objects;

/**
 * Who the bot is, as {@code getMe} tells.
 *
 * @param id       the bot's user id
 * @param username the bot's username without {@code @}
 */
public record BotIdentity(long id, String username) {

    public BotIdentity {
        Objects.requireNonNull(username, "username");
    }
}
