package com.repairbot.application.port.out;

import com.repairbot.domain.contact.Client;
import com.repairbot.domain.contact.PhoneNumber;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.shared.InvalidValueException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a person looks for, read once from what they typed (docs/reports.md, "Finding requests"). A request
 * matches when it has that {@code number}, or the client has that {@code phone}, or every one of the
 * {@code words} begins a word of the client's name or address (case and {@code ё}/{@code е} aside). Stores keep
 * the words of each request ({@link #wordsOf}) in an index, so that a search never reads every request.
 *
 * @param number a request number, when the text is one ({@code 123}, {@code #123})
 * @param phone  a phone, when the text is one in any accepted form ({@code 8 999 123-45-67}, {@code +7…})
 * @param words  the beginnings of words to find in the client's name and address, normalised; empty when the
 *               text is a number or a phone only
 */
public record SearchTerms(Optional<RequestNumber> number, Optional<PhoneNumber> phone, List<String> words) {

    /** The longest text read (longer is refused, not cut). */
    public static final int MAX_LENGTH = 60;
    /** The most words looked for at once. */
    public static final int MAX_WORDS = 5;
    /** A request number has at most this many digits here; a longer run of digits is a phone or a word. */
    private static final int NUMBER_DIGITS = 9;

    public SearchTerms {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(phone, "phone");
        words = List.copyOf(words);
        if (number.isEmpty() && phone.isEmpty() && words.isEmpty()) {
            throw new IllegalArgumentException("nothing to search for");
        }
    }

    /**
     * Reads what a person typed.
     *
     * @throws InvalidValueException {@code search.empty} when nothing is left to look for; {@code search.too_long}
     *                               over {@link #MAX_LENGTH} characters
     */
    public static SearchTerms parse(String text) {
        String clean = text == null ? "" : text.strip();
        if (clean.length() > MAX_LENGTH) {
            throw new InvalidValueException("search.too_long", MAX_LENGTH);
        }
        Optional<RequestNumber> number = Optional.empty();
        if (clean.matches("#?\\d{1," + NUMBER_DIGITS + "}")) {
            number = Optional.of(RequestNumber.parse(clean));
        }
        Optional<PhoneNumber> phone = Optional.empty();
        if (clean.matches("\\+?[\\d\\s\\u00A0\\-().]{7,}")) {
            try {
                phone = Optional.of(PhoneNumber.parse(clean));
            } catch (InvalidValueException notAPhone) {
                // digits that are no phone are looked for as words (a house number)
            }
        }
        List<String> words = number.isPresent() || phone.isPresent() ? List.of()
                : split(clean).stream().limit(MAX_WORDS).toList();
        if (number.isEmpty() && phone.isEmpty() && words.isEmpty()) {
            throw new InvalidValueException("search.empty");
        }
        return new SearchTerms(number, phone, words);
    }

    /** @return the words a request is found by: those of the client's name and address, normalised, once each */
    public static Set<String> wordsOf(Client client) {
        return wordsOf(client.name().value(), client.address().value());
    }

    /** @return the words of a client's name and address as stored, normalised, once each */
    public static Set<String> wordsOf(String name, String address) {
        Set<String> words = new LinkedHashSet<>(split(name));
        words.addAll(split(address));
        return words;
    }

    /**
     * @return a text after every word that begins with {@code prefix} and before every other word after it,
     *         in the order stores sort words in (Java by UTF-16 units; SQLite's BINARY and PostgreSQL's
     *         {@code COLLATE "C"} by bytes of UTF-8; the three agree for the characters of the Basic Multilingual
     *         Plane that words are made of): a word begins with the prefix exactly when
     *         {@code prefix <= word < upperBound(prefix)}
     */
    public static String upperBound(String prefix) {
        return prefix + '\uFFFF';
    }

    /** Compiled once: every new request is split into its search words. */
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private static List<String> split(String text) {
        return Arrays.stream(NOT_A_WORD.split(text.toLowerCase(Locale.ROOT).replace('ё', 'е')))
                .filter(word -> !word.isEmpty()).distinct().toList();
    }

    /** Prints without the phone in full or the words (they may be a client's name). */
    @Override
    public String toString() {
        return "SearchTerms[" + number.map(RequestNumber::toString).orElse("-") + " "
                + phone.map(PhoneNumber::masked).orElse("-") + " " + words.size() + " words]";
    }
}
