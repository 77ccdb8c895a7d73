package com.repairbot.domain.contact;

import com.repairbot.domain.privacy.Masking;
import com.repairbot.domain.shared.InvalidValueException;
import java.util.regex.Pattern;

/**
 * A phone number in E.164 form ({@code +79991234567}). Prints masked.
 *
 * @param e164 the number, {@code +} followed by 8–15 digits
 */
public record PhoneNumber(String e164) {

    private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{7,14}");

    /** What people put between digits; and what is left must be (compiled once: read with every request). */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00A0\\-().]");
    private static final Pattern DIGITS = Pattern.compile("\\+?\\d+");

    public PhoneNumber {
        if (e164 == null || !E164.matcher(e164).matches()) {
            throw new InvalidValueException("phone.invalid");
        }
    }

    /**
     * Normalises what a person types or a messenger shares. Russian forms {@code 8XXXXXXXXXX},
     * {@code 7XXXXXXXXXX}, {@code +7 (XXX) XXX-XX-XX} and the ten-digit {@code 9XXXXXXXXX} become
     * {@code +7XXXXXXXXXX}; other countries are accepted with a leading {@code +}.
     *
     * @throws InvalidValueException {@code phone.invalid} when it is not a phone number
     */
    public static PhoneNumber parse(String input) {
        if (input == null) {
            throw new InvalidValueException("phone.invalid");
        }
        String compact = SEPARATORS.matcher(input.strip()).replaceAll("");
        if (!DIGITS.matcher(compact).matches()) {
            throw new InvalidValueException("phone.invalid");
        }
        boolean plus = compact.startsWith("+");
        String digits = plus ? compact.substring(1) : compact;
        if (digits.length() == 11 && (digits.startsWith("8") && !plus || digits.startsWith("7"))) {
            return new PhoneNumber("+7" + digits.substring(1));
        }
        if (!plus && digits.length() == 10 && digits.charAt(0) >= '3') {
            return new PhoneNumber("+7" + digits);
        }
        if (plus) {
            return new PhoneNumber("+" + digits);
        }
        throw new InvalidValueException("phone.invalid");
    }

    /** @return the masked number, e.g. {@code +7******4567} */
    public String masked() {
        return Masking.phone(e164);
    }

    @Override
    public String toString() {
        return masked();
    }
}
