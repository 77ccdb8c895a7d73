package com.repairbot.domain.privacy;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Masking rules for personal data, applied wherever such data is printed for people who do not need
 * it in full (logs, audit views, a technician before arriving).
 */
public final class Masking {

    private static final String STARS = "***";

    private Masking() {
    }

    /**
     * Keeps the first two characters and the last four: {@code +79991234567} → {@code +7******4567}.
     *
     * @param phone a phone number, any format
     * @return the masked number
     */
    public static String phone(String phone) {
        if (phone == null || phone.isEmpty()) {
            return "";
        }
        if (phone.length() <= 6) {
            return "*".repeat(phone.length());
        }
        return phone.substring(0, 2) + "*".repeat(phone.length() - 6) + phone.substring(phone.length() - 4);
    }

    /**
     * The surname keeps its first and last letter, every other word its first letter:
     * {@code Иванов Иван} → {@code И***в И***}.
     *
     * @param name a person's name
     * @return the masked name
     */
    public static String name(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String[] words = name.strip().split("\\s+");
        StringBuilder out = new StringBuilder(maskWord(words[0], true));
        for (int i = 1; i < words.length; i++) {
            out.append(' ').append(maskWord(words[i], false));
        }
        return out.toString();
    }

    private static String maskWord(String word, boolean keepLast) {
        int[] cps = word.codePoints().toArray();
        String first = new String(cps, 0, 1);
        if (keepLast && cps.length > 2) {
            return first + STARS + new String(cps, cps.length - 1, 1);
        }
        return first + STARS;
    }

    /**
     * Keeps the city (the first comma-separated part, if it holds no digit) and the first letters of
     * the street; house, flat and every digit are dropped:
     * {@code г. Москва, ул. Ленина, д. 10, кв. 5} → {@code г. Москва, ул. Лен***}.
     *
     * @param address a postal address
     * @return the masked address
     */
    public static String address(String address) {
        if (address == null || address.isBlank()) {
            return "";
        }
        String[] parts = Arrays.stream(address.split(","))
                .map(String::strip).filter(p -> !p.isEmpty()).toArray(String[]::new);
        if (parts.length == 0) {
            return STARS; // separators only: nothing to keep, and a masker must never throw
        }
        boolean cityFirst = parts.length > 1 && !containsDigit(parts[0]);
        String city = cityFirst ? parts[0] + ", " : "";
        String street = withoutDigits(cityFirst ? parts[1] : parts[0]).strip();
        int keep = Math.min(street.codePointCount(0, street.length()), 7);
        return city + street.substring(0, street.offsetByCodePoints(0, keep)).strip() + STARS;
    }

    /**
     * {@code @ivan_petrov} → {@code @iv***}.
     *
     * @param username a messenger user name, with or without {@code @}
     * @return the masked user name
     */
    public static String username(String username) {
        if (username == null || username.isBlank()) {
            return "";
        }
        String bare = username.startsWith("@") ? username.substring(1) : username;
        if (bare.isEmpty()) {
            return "@" + STARS;
        }
        String start = bare.codePointCount(0, bare.length()) <= 2 ? bare.substring(0, bare.offsetByCodePoints(0, 1))
                : bare.substring(0, bare.offsetByCodePoints(0, 2));
        return (username.startsWith("@") ? "@" : "") + start + STARS;
    }

    /**
     * {@code ivan.petrov@example.com} → {@code i***@example.com}.
     *
     * @param email an e-mail address
     * @return the masked address
     */
    public static String email(String email) {
        int at = email == null ? -1 : email.indexOf('@');
        if (at <= 0) {
            return email == null ? "" : STARS;
        }
        return email.substring(0, 1) + STARS + email.substring(at);
    }

    private static boolean containsDigit(String text) {
        return text.chars().anyMatch(Character::isDigit);
    }

    private static String withoutDigits(String text) {
        return text.codePoints().filter(cp -> !Character.isDigit(cp))
                .mapToObj(Character::toString).collect(Collectors.joining());
    }
}
