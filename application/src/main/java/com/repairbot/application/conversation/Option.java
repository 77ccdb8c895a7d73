package com.repairbot.application.conversation;

import java.util.Objects;

/**
 * A choice offered to a person: a button, or a numbered line in the terminal.
 *
 * @param label what the person sees
 * @param data  what comes back as {@link Input.Choice} when chosen (at most 64 bytes: Telegram's limit)
 * @param kind  a plain choice, or a request for the person's contact or for a chat
 */
public record Option(String label, String data, Kind kind) {

    /** The longest data Telegram carries in a button. */
    public static final int MAX_DATA_BYTES = 64;

    /** What choosing the option does. */
    public enum Kind {
        /** Sends {@link #data()} back. */
        CHOICE,
        /** Asks the channel to share a contact (Telegram's {@code request_contact}). */
        REQUEST_CONTACT,
        /** Asks the channel to choose a group (Telegram's {@code request_chat}). */
        REQUEST_CHAT
    }

    public Option {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(kind, "kind");
        if (data.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_DATA_BYTES) {
            throw new IllegalArgumentException("option data longer than " + MAX_DATA_BYTES + " bytes");
        }
    }

    /** @return a plain choice */
    public static Option choice(String label, String data) {
        return new Option(label, data, Kind.CHOICE);
    }
}
