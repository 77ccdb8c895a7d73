package com.repairbot.domain.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class MaskingTest {

    @Nested
    class A_phone {

        @Test
        void keeps_the_first_two_characters_and_the_last_four_digits() {
            assertThat(Masking.phone("+79991234567")).isEqualTo("+7******4567");
            assertThat(Masking.phone("+380501234567")).isEqualTo("+3*******4567");
        }

        @Test
        void that_is_too_short_to_keep_anything_becomes_stars_only() {
            assertThat(Masking.phone("123456")).isEqualTo("******");
            assertThat(Masking.phone("1234567")).isEqualTo("12*4567");
        }

        @ParameterizedTest
        @NullAndEmptySource
        void that_is_missing_prints_as_nothing(String phone) {
            assertThat(Masking.phone(phone)).isEmpty();
        }
    }

    @Nested
    class A_name {

        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource({
                "Иванов Иван, И***в И***",
                "Иванов, И***в",
                "Иванов Иван Иванович, И***в И*** И***",
                "'  Иванов   Иван ', И***в И***",
                "Ли, Л***",
                "Ян Ли, Я*** Л***",
                "Anna-Maria Smith, A***a S***"})
        void keeps_the_first_and_last_letter_of_the_surname_and_the_initial_of_other_words(String name,
                                                                                            String masked) {
            assertThat(Masking.name(name)).isEqualTo(masked);
        }

        @Test
        void never_splits_a_character_outside_the_basic_plane() {
            assertThat(Masking.name("𝓘ванов 𝓘ван")).isEqualTo("𝓘***в 𝓘***");
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = "   ")
        void that_is_missing_prints_as_nothing(String name) {
            assertThat(Masking.name(name)).isEmpty();
        }
    }

    @Nested
    class An_address {

        @Test
        void keeps_the_city_and_the_start_of_the_street() {
            assertThat(Masking.address("г. Москва, ул. Ленина, д. 10, кв. 5")).isEqualTo("г. Москва, ул. Лен***");
        }

        @Test
        void without_a_comma_keeps_the_start_of_the_street_only() {
            assertThat(Masking.address("ул. Ленина д. 10 кв. 5")).isEqualTo("ул. Лен***");
        }

        @Test
        void whose_first_part_has_a_digit_has_no_city_to_keep() {
            assertThat(Masking.address("ул. Ленина 10, кв. 5, Москва")).isEqualTo("ул. Лен***");
        }

        @Test
        void takes_a_first_part_without_digits_for_the_city() {
            // "ул. Ленина" is read as the city; the house number after it is dropped all the same
            assertThat(Masking.address("ул. Ленина, д. 10, кв. 5")).isEqualTo("ул. Ленина, д.***");
        }

        @Test
        void with_a_short_street_keeps_what_there_is() {
            assertThat(Masking.address("Тверь, Мира 5")).isEqualTo("Тверь, Мира***");
        }

        @ParameterizedTest
        @ValueSource(strings = {"г. Москва, ул. Ленина, д. 10, кв. 5", "10 Downing Street, London SW1A 2AA",
                "г. Москва, 3-я ул. Строителей, 25, 12", "Москва, 1905 года ул., д. 7", "123456, Москва, Мира 1",
                "д. 10", "Лен 1234567890", "г. Москва, 10"})
        void never_lets_a_digit_through(String address) {
            assertThat(Masking.address(address)).doesNotContainPattern("\\d").endsWith("***");
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = "  ")
        void that_is_missing_prints_as_nothing(String address) {
            assertThat(Masking.address(address)).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {",", " , , ", ",,,"})
        void made_of_separators_only_prints_as_stars_instead_of_failing(String address) {
            assertThat(Masking.address(address)).isEqualTo("***");
        }
    }

    @Nested
    class A_user_name {

        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource({
                "@ivan_petrov, @iv***",
                "ivan_petrov, iv***",
                "@ab, @a***",
                "@a, @a***"})
        void keeps_its_first_two_characters(String username, String masked) {
            assertThat(Masking.username(username)).isEqualTo(masked);
        }

        @Test
        void that_is_only_the_at_sign_prints_as_stars_instead_of_failing() {
            assertThat(Masking.username("@")).isEqualTo("@***");
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = " ")
        void that_is_missing_prints_as_nothing(String username) {
            assertThat(Masking.username(username)).isEmpty();
        }
    }

    @Nested
    class An_email {

        @Test
        void keeps_its_first_letter_and_the_domain() {
            assertThat(Masking.email("ivan.petrov@example.com")).isEqualTo("i***@example.com");
        }

        @Test
        void that_is_not_an_email_is_hidden_whole() {
            assertThat(Masking.email("ivan.petrov")).isEqualTo("***");
            assertThat(Masking.email("@example.com")).isEqualTo("***");
            assertThat(Masking.email(null)).isEmpty();
        }
    }
}
