package com.repairbot.domain.client;

import com.repairbot.domain.contact.PersonName;
import com.repairbot.domain.contact.PhoneNumber;
import com.repairbot.domain.staff.UserId;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A client known to the bot: someone without a role who wrote to it. Prints masked.
 *
 * @param user     their user id (in Telegram also their private chat)
 * @param phone    the phone they shared with the bot (Telegram's "share my phone", or typed), once they did
 * @param name     the name they gave (prefilled from their profile), once they did
 * @param language the language they are answered in ({@code ru}, {@code en})
 * @param source   where they first came from: the payload of the deep link they started with (e.g. a QR code on
 *                 the company's site), 1–64 characters of {@code A-Z a-z 0-9 _ -}, as Telegram allows
 */
public record ClientAccount(UserId user, Optional<PhoneNumber> phone, Optional<PersonName> name, String language,
                            Optional<String> source) {

    private static final Pattern SOURCE = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

    public ClientAccount {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        if (language == null || !LANGUAGE.matcher(language).matches()) {
            throw new IllegalArgumentException("a language is two small letters");
        }
        source.ifPresent(text -> {
            if (!SOURCE.matcher(text).matches()) {
                throw new IllegalArgumentException("a source is 1-64 characters of A-Z a-z 0-9 _ -");
            }
        });
    }

    /** @return a client seen for the first time, with nothing shared yet */
    public static ClientAccount first(UserId user, String language, Optional<String> source) {
        return new ClientAccount(user, Optional.empty(), Optional.empty(), language, source.filter(ClientAccount::isSource));
    }

    /** @return whether the text may be kept as a source (what a deep link may carry) */
    public static boolean isSource(String text) {
        return text != null && SOURCE.matcher(text).matches();
    }

    /** @return the same client with that phone */
    public ClientAccount withPhone(PhoneNumber shared) {
        return new ClientAccount(user, Optional.of(shared), name, language, source);
    }

    /** @return the same client with that name */
    public ClientAccount withName(PersonName given) {
        return new ClientAccount(user, phone, Optional.of(given), language, source);
    }

    /** @return the same client answered in that language */
    public ClientAccount withLanguage(String code) {
        return new ClientAccount(user, phone, name, code, source);
    }

    @Override
    public String toString() {
        return "ClientAccount[" + user + ", phone=" + phone.map(PhoneNumber::toString).orElse("-") + ", name="
                + name.map(PersonName::toString).orElse("-") + ", " + language + ", source="
                + source.orElse("-") + "]";
    }
}
