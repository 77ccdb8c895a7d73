package com.repairbot.domain.money;

import com.repairbot.domain.shared.InvalidValueException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An exact, non-negative amount of rubles, kept in kopecks. Never a {@code double}.
 *
 * @param kopecks the amount in kopecks, {@code >= 0}
 */
public record Money(long kopecks) implements Comparable<Money> {

    /** Nothing. */
    public static final Money ZERO = new Money(0);

    /** Upper bound that keeps every sum and percentage far from overflow: 1 000 000 000 rubles. */
    private static final long MAX_KOPECKS = 100_000_000_000L;

    public Money {
        if (kopecks < 0) {
            throw new InvalidValueException("money.negative");
        }
        if (kopecks > MAX_KOPECKS) {
            throw new InvalidValueException("money.too_large");
        }
    }

    /** @return the amount of whole rubles */
    public static Money rubles(long rubles) {
        return new Money(Math.multiplyExact(rubles, 100));
    }

    /**
     * Reads an amount typed by a person: {@code 1500}, {@code 1 500,50}, {@code 1500.5}, {@code 1500 ₽},
     * {@code 1500 руб}.
     *
     * @throws InvalidValueException {@code money.invalid} when it is not an amount with at most 2 decimals
     */
    public static Money parse(String text) {
        if (text == null) {
            throw new InvalidValueException("money.invalid");
        }
        String normalised = text.strip().toLowerCase(java.util.Locale.ROOT)
                .replaceAll("(₽|руб\\.?|р\\.|rub)$", "")
                .replaceAll("[\\s\\u00A0_']", "")
                .replace(',', '.');
        if (!normalised.matches("\\d{1,12}(\\.\\d{1,2})?")) {
            throw new InvalidValueException("money.invalid");
        }
        return new Money(new BigDecimal(normalised).movePointRight(2).longValueExact());
    }

    /** @return this plus that */
    public Money plus(Money that) {
        return new Money(Math.addExact(kopecks, that.kopecks));
    }

    /** @throws InvalidValueException {@code money.negative} when that is larger than this */
    public Money minus(Money that) {
        return new Money(Math.subtractExact(kopecks, that.kopecks));
    }

    /** @return the given whole percentage of this amount, rounded half-up to the kopeck */
    public Money percent(int percent) {
        return new Money(BigDecimal.valueOf(kopecks).multiply(BigDecimal.valueOf(percent))
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).longValueExact());
    }

    /** @return the amount as a decimal number of rubles, e.g. {@code 1500.50} */
    public BigDecimal toRubles() {
        return BigDecimal.valueOf(kopecks, 2);
    }

    @Override
    public int compareTo(Money that) {
        return Long.compare(kopecks, that.kopecks);
    }

    /** @return e.g. {@code 1500.50} (plain, for storage and logs; channels format for people) */
    @Override
    public String toString() {
        return toRubles().toPlainString();
    }
}
