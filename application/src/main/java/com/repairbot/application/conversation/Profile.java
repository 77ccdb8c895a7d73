package com.repairbot.application.conversation;

import java.util.Objects;

/**
 * How a channel shows the person who wrote (Telegram: {@code first_name}, {@code last_name}, {@code username});
 * the core keeps it to show people by name. Personal data: prints masked.
 *
 * @param firstName first name; empty when the channel has none
 * @param lastName  last name; empty when none
 * @param username  username without the {@code @}; empty when none
 */
public record Profile(String firstName, String lastName, String username) {

    public Profile {
        firstName = Objects.requireNonNullElse(firstName, "");
        lastName = Objects.requireNonNullElse(lastName, "");
        username = Objects.requireNonNullElse(username, "");
    }

    @Override
    public String toString() {
        return "Profile[***]";
    }
}
