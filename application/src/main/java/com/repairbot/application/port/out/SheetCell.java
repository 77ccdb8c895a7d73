package com.repairbot.application.port.out;

import com.repairbot.domain.money.Money;
import java.time.LocalDateTime;
import java.util.Objects;

/** One cell of an exported row, typed so that a spreadsheet can keep numbers as numbers. */
public sealed interface SheetCell {

    /** Nothing. */
    record Empty() implements SheetCell {
    }

    /** @param text plain text */
    record Text(String text) implements SheetCell {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /** @param value a whole number (a count, a request number, a user id) */
    record Whole(long value) implements SheetCell {
    }

    /** @param amount an amount of money, kept exact (rubles with two decimals in the file) */
    record Amount(Money amount) implements SheetCell {
        public Amount {
            Objects.requireNonNull(amount, "amount");
        }
    }

    /** @param at a local date-time in the business time zone */
    record DateTime(LocalDateTime at) implements SheetCell {
        public DateTime {
            Objects.requireNonNull(at, "at");
        }
    }

    /** @return a text cell, or an empty one for null */
    static SheetCell text(String text) {
        return text == null ? new Empty() : new Text(text);
    }
}
