package com.repairbot.domain.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PiiScannerTest {

    @Test
    void masks_a_phone_and_an_email_inside_a_sentence() {
        String masked = PiiScanner.mask("позвоните +7 999 123-45-67 или ivan@mail.ru");

        assertThat(masked).isEqualTo("позвоните +7 *** ***-45-67 или i***@mail.ru");
        assertThat(masked.replaceAll("\\D", "")).doesNotContain("9991234567").endsWith("4567");
        assertThat(masked).doesNotContain("ivan@");
    }

    @ParameterizedTest
    @ValueSource(strings = {"89991234567", "+79991234567", "8 (999) 123-45-67", "8-999-123-45-67",
            "+380 50 123 4567", "9991234567"})
    void no_phone_survives_whatever_its_format(String phone) {
        String masked = PiiScanner.mask("номер: " + phone + ".");

        assertThat(masked.replaceAll("\\D", "")).hasSize(5).endsWith("4567");
        assertThat(masked).startsWith("номер: ").endsWith(".");
    }

    @Test
    void masks_several_findings_in_one_text() {
        assertThat(PiiScanner.mask("89991234567, 89161112233; a.b@c.org и x_y@почта.рф"))
                .isEqualTo("8******4567, 8******2233; a***@c.org и x***@почта.рф");
    }

    @ParameterizedTest
    @ValueSource(strings = {"заявка #123 на 2500 руб", "визит 25.11.2026 в 14:00", "кв. 5, д. 10, подъезд 2",
            "итого 12 500,50 ₽", "код 123-45"})
    void leaves_numbers_that_are_not_phones_untouched(String text) {
        assertThat(PiiScanner.mask(text)).isEqualTo(text);
    }

    @Test
    void handles_null_and_empty_text() {
        assertThat(PiiScanner.mask(null)).isNull();
        assertThat(PiiScanner.mask("")).isEmpty();
    }

    @Test
    void keeps_dollar_signs_and_backslashes_of_the_text_as_they_are() {
        assertThat(PiiScanner.mask("$1 \\ 89991234567 $2")).isEqualTo("$1 \\ 8******4567 $2");
    }
}
