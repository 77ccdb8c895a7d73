package com.repairbot.application.text;

import com.repairbot.domain.client.ClientAccount;
import com.repairbot.domain.staff.ChatId;
import java.util.Locale;
import java.util.Optional;

/**
 * The language rule for what the bot says unasked (notifications, request cards in work groups, pushed reports):
 * the company's language, Russian. A reply follows the language of the person who wrote
 * ({@link Messages#forLanguage}), but a notification is written when nobody wrote: the product keeps no
 * language per member of staff, and a work group is read by several people. A client's language is kept with the
 * client ({@link #ofClient}). Every unasked message asks this rule, so
 * that storing a language per recipient later is a change in one place.
 */
public final class NotificationLanguage {

    private NotificationLanguage() {
    }

    /**
     * @param recipient the chat the message goes to
     * @return the texts to write it with
     */
    public static Messages of(ChatId recipient) {
        return Messages.forLanguage(Messages.RUSSIAN);
    }

    /**
     * A client is written to in the language kept for them (their channel's language, or the one they chose), and
     * in Russian when the bot does not know them.
     *
     * @param client the client, when known
     * @return the texts to write to them with
     */
    public static Messages ofClient(Optional<ClientAccount> client) {
        return Messages.forLanguage(client.map(c -> Locale.forLanguageTag(c.language())).orElse(Messages.RUSSIAN));
    }
}
