package com.repairbot.domain.shared;

import static com.repairbot.domain.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TextsTest {

    @Test
    void trims_the_text() {
        assertThat(Texts.clean("  стиральная машина \n ")).isEqualTo("стиральная машина");
    }

    @Test
    void removes_control_characters_but_keeps_line_breaks() {
        assertThat(Texts.clean("первая\u0000 строка\r\nвторая\u0007\u001B строка\u007F"))
                .isEqualTo("первая строка\nвторая строка");
    }

    @Test
    void turns_tabs_into_spaces() {
        assertThat(Texts.clean("кв.\t5")).isEqualTo("кв. 5");
    }

    @Test
    void removes_invisible_format_characters() {
        assertThat(Texts.clean("\uFEFFИван\u200Bов\u202E")).isEqualTo("Иванов");
    }

    @Test
    void gives_an_empty_text_for_null() {
        assertThat(Texts.clean(null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Привет 👋", "Семья 👨‍👩‍👧 дома", "Ünïcödé ß 中文 العربية", "❤️ спасибо"})
    void emoji_and_other_unicode_survive(String text) {
        assertThat(Texts.clean(text)).isEqualTo(text);
    }

    @Test
    void counts_the_length_in_characters_not_in_utf16_units() {
        String eightLettersAndTwoEmoji = "стиралка🔥🔥";
        assertThat(eightLettersAndTwoEmoji).hasSize(12);

        assertThat(Texts.cleanWithin("description", eightLettersAndTwoEmoji, 10, 10))
                .isEqualTo(eightLettersAndTwoEmoji);
    }

    @Test
    void refuses_a_length_outside_the_limits_and_names_them() {
        assertRefused(() -> Texts.cleanWithin("field", "  ab  ", 3, 5), "field.length", 3, 5);
        assertRefused(() -> Texts.cleanWithin("field", "abcdef", 3, 5), "field.length", 3, 5);
        assertRefused(() -> Texts.cleanWithin("field", null, 1, 5), "field.length", 1, 5);
    }

    @Test
    void the_refusal_message_holds_the_code_and_the_limits_but_never_the_input() {
        InvalidValueException e = new InvalidValueException("description.length", 10, 500);
        InvalidValueException bare = new InvalidValueException("phone.invalid");

        assertThat(e).hasMessage("description.length [10, 500]");
        assertThat(e.arguments()).containsExactly(10, 500);
        assertThat(bare).hasMessage("phone.invalid");
        assertThat(bare.arguments()).isEmpty();
    }
}
