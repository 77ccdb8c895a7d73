package com.repairbot.application.conversation;

import com.repairbot.domain.staff.ChatId;
import com.repairbot.domain.staff.UserId;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Something a person sent in a chat.
 *
 * @param chat     where
 * @param user     who (authorisation uses this id, never anything inside the input)
 * @param language the person's language as the channel knows it (e.g. Telegram's {@code language_code});
 *                 Russian is used unless it is English
 * @param input    what they sent
 * @param delivery the channel's increasing number of this input, if it has one (e.g. Telegram's
 *                 {@code update_id}); a channel that may deliver the same input twice sets it, so that a
 *                 repeat is recognised and not read as the answer to the next question
 * @param profile  how the channel shows the person (their names), if it says; the core refreshes the names it
 *                 keeps from it
 */
public record Inbound(ChatId chat, UserId user, Locale language, Input input, OptionalLong delivery,
                      Optional<Profile> profile) {

    public Inbound {
        Objects.requireNonNull(chat, "chat");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(delivery, "delivery");
        Objects.requireNonNull(profile, "profile");
    }

    /** Something sent over a channel that does not say how it shows the person. */
    public Inbound(ChatId chat, UserId user, Locale language, Input input, OptionalLong delivery) {
        this(chat, user, language, input, delivery, Optional.empty());
    }

    /**
     * Something sent over a channel that delivers every input once (a terminal, an embedder's calls).
     */
    public Inbound(ChatId chat, UserId user, Locale language, Input input) {
        this(chat, user, language, input, OptionalLong.empty());
    }

    /** @return the same input with the channel's delivery number */
    public Inbound delivered(long number) {
        return new Inbound(chat, user, language, input, OptionalLong.of(number), profile);
    }

    /** @return the same input with how the channel shows the person */
    public Inbound from(Profile shown) {
        return new Inbound(chat, user, language, input, delivery, Optional.of(shown));
    }

    /** @return the same input, to be answered in {@code reads} */
    public Inbound inLanguage(Locale reads) {
        return new Inbound(chat, user, reads, input, delivery, profile);
    }
}
