package com.repairbot.application.text;

import com.repairbot.domain.staff.ChatId;

/**
 * The language rule for what the bot says unasked (notifications, request cards in work groups, pushed reports):
 * the company's language, Russian. A reply follows the language of the person who wrote
 * ({@link Messages#forLanguage}), but a notification is written when nobody wrote: the product keeps no
 * language per person, and a work group is read by several people. Every unasked message asks this rule, so
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
}
