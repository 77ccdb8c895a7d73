package com.repairbot.domain.request;

import com.repairbot.domain.shared.InvalidValueException;

/**
 * The request's sequential, human-friendly number ({@code #123}); never reused. It is also its identity.
 *
 * @param value a positive number
 */
public record RequestNumber(long value) {

    public RequestNumber {
        if (value <= 0) {
            throw new InvalidValueException("request_number.invalid");
        }
    }

    /**
     * Reads {@code 123} or {@code #123}.
     *
     * @throws InvalidValueException {@code request_number.invalid}
     */
    public static RequestNumber parse(String text) {
        String digits = text == null ? "" : text.strip();
        digits = digits.startsWith("#") ? digits.substring(1) : digits;
        if (!digits.matches("\\d{1,18}")) {
            throw new InvalidValueException("request_number.invalid");
        }
        return new RequestNumber(Long.parseLong(digits));
    }

    @Override
    public String toString() {
        return "#" + value;
    }
}
