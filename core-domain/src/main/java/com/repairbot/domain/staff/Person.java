package com.repairbot.domain.staff;

import com.repairbot.domain.privacy.Masking;
import com.repairbot.domain.shared.Texts;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A person the bot knows by name: how their channel calls them (first and last name, username), the name the
 * office gave them (a technician's, in the add-technician dialog) and the language they read. Prints masked.
 *
 * @param id             who
 * @param firstName      the channel's first name; empty when unknown
 * @param lastName       the channel's last name; empty when unknown
 * @param username       the channel's username without the {@code @}; empty when unknown
 * @param givenName      the name the office gave them; empty when none (it wins over the channel's)
 * @param language       the language they read, when known
 * @param languageChosen whether they chose it themselves ({@code /lang}): then the channel's language no longer
 *                       replaces it
 */
public record Person(UserId id, String firstName, String lastName, String username, String givenName,
                     Optional<Locale> language, boolean languageChosen) {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Longest name part kept (Telegram allows 64 characters). */
    public static final int MAX = 64;

    public Person {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(language, "language");
        firstName = part(firstName);
        lastName = part(lastName);
        username = part(username);
        givenName = part(givenName);
        if (username.startsWith("@")) {
            username = username.substring(1);
        }
    }

    private static String part(String raw) {
        String text = SPACES.matcher(Texts.clean(raw)).replaceAll(" ");
        return text.codePointCount(0, text.length()) > MAX
                ? text.substring(0, text.offsetByCodePoints(0, MAX)).strip() : text;
    }

    /** @return someone of whom nothing is known but the id */
    public static Person unknown(UserId id) {
        return new Person(id, "", "", "", "", Optional.empty(), false);
    }

    /**
     * The naming rule, the one place that says how a person is shown to others: the name the office gave them;
     * else the first name with the last name's initial ({@code Сергей П.}); else {@code @username}.
     *
     * @return the name to show; empty when nothing is known
     */
    public Optional<String> displayName() {
        if (!givenName.isEmpty()) {
            return Optional.of(givenName);
        }
        if (!firstName.isEmpty()) {
            return Optional.of(lastName.isEmpty() ? firstName
                    : firstName + " " + lastName.substring(0, lastName.offsetByCodePoints(0, 1)) + ".");
        }
        return username.isEmpty() ? Optional.empty() : Optional.of("@" + username);
    }

    /**
     * How a client is told who comes: the first name only (the office's name's first word, else Telegram's first
     * name), never a surname, username or phone.
     *
     * @return the first name; empty when nothing is known
     */
    public Optional<String> firstNameOnly() {
        String first = !givenName.isEmpty() ? givenName.split(" ", 2)[0] : firstName;
        return first.isEmpty() ? Optional.empty() : Optional.of(first);
    }

    /**
     * @return this person as the channel now shows them: names and username replaced, and the channel's language
     *         unless they chose one themselves; the given name is kept
     */
    public Person seenAs(String first, String last, String user, Locale channelLanguage) {
        return new Person(id, first, last, user, givenName,
                languageChosen ? language : Optional.of(channelLanguage), languageChosen);
    }

    /** @return a copy with the name the office gave them */
    public Person named(String name) {
        return new Person(id, firstName, lastName, username, name, language, languageChosen);
    }

    /** @return a copy reading the language they chose */
    public Person choosing(Locale chosen) {
        return new Person(id, firstName, lastName, username, givenName, Optional.of(chosen), true);
    }

    @Override
    public String toString() {
        return "Person[" + id.value() + " " + displayName().map(Masking::name).orElse("-")
                + language.map(l -> " " + l.getLanguage()).orElse("") + "]";
    }
}
