package com.repairbot.domain.money;

import static com.repairbot.domain.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class MoneyTest {

    @ParameterizedTest(name = "\"{0}\" is {1} kopecks")
    @CsvSource(delimiter = '|', textBlock = """
            1500            | 150000
            1 500,50        | 150050
            1500.5          | 150050
            1500 ₽          | 150000
            1500₽           | 150000
            1500 руб        | 150000
            1500 руб.       | 150000
            1500 Руб        | 150000
            1500 р.         | 150000
            1500 rub        | 150000
            1\u00A0500      | 150000
            1'500           | 150000
            0               | 0
            0,01            | 1
            '  2500,00  '   | 250000
            """)
    void reads_an_amount_as_people_type_it(String text, long kopecks) {
        assertThat(Money.parse(text).kopecks()).isEqualTo(kopecks);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {"-5", "1.234", "abc", "1,5,0", ".50", "1500 $", "руб", "1e3", "1234567890123"})
    void refuses_what_is_not_an_amount_with_at_most_two_decimals(String text) {
        assertRefused(() -> Money.parse(text), "money.invalid");
    }

    @Test
    void is_never_negative_nor_absurdly_large() {
        assertRefused(() -> new Money(-1), "money.negative");
        assertRefused(() -> new Money(100_000_000_001L), "money.too_large");
        assertThat(new Money(100_000_000_000L).kopecks()).isEqualTo(100_000_000_000L);
        assertRefused(() -> Money.parse("999999999999"), "money.too_large");
        assertThatThrownBy(() -> Money.rubles(Long.MAX_VALUE)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void adds_and_subtracts_exactly() {
        Money total = Money.parse("1500,50");

        assertThat(total.plus(Money.parse("0,50"))).isEqualTo(Money.rubles(1501));
        assertThat(total.minus(Money.parse("500,50"))).isEqualTo(Money.rubles(1000));
        assertThat(total.minus(total)).isEqualTo(Money.ZERO);
    }

    @Test
    void refuses_to_go_below_zero() {
        assertRefused(() -> Money.rubles(100).minus(Money.parse("100.01")), "money.negative");
    }

    @ParameterizedTest(name = "{1} % of {0} kopecks is {2}")
    @CsvSource({
            "1000000, 50, 500000",
            "1, 50, 1",
            "3, 50, 2",
            "5, 10, 1",
            "4, 10, 0",
            "699999, 40, 280000",
            "12345, 33, 4074",
            "12345, 0, 0",
            "12345, 100, 12345"})
    void takes_a_percentage_rounded_half_up_to_the_kopeck(long kopecks, int percent, long expected) {
        assertThat(new Money(kopecks).percent(percent).kopecks()).isEqualTo(expected);
    }

    @Test
    void prints_plain_rubles_with_two_decimals() {
        assertThat(Money.parse("1 500,5")).hasToString("1500.50");
        assertThat(Money.ZERO).hasToString("0.00");
        assertThat(Money.rubles(7000)).hasToString("7000.00");
        assertThat(Money.rubles(7000).toRubles()).isEqualByComparingTo(new BigDecimal("7000"));
    }

    @Test
    void compares_by_amount() {
        assertThat(Money.rubles(1)).isGreaterThan(new Money(99)).isLessThan(new Money(101));
        assertThat(Money.rubles(1)).isEqualByComparingTo(new Money(100));
    }
}
