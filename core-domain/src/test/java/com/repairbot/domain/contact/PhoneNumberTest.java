package com.repairbot.domain.contact;

import static com.repairbot.domain.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PhoneNumberTest {

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"89991234567", "79991234567", "+79991234567", "+7 (999) 123-45-67", "9991234567",
            "8 999 123 45 67", "8-999-123-45-67", " 8 (999) 123.45.67 ", "+7\u00A0999\u00A01234567"})
    void normalises_russian_inputs_to_e164(String input) {
        assertThat(PhoneNumber.parse(input).e164()).isEqualTo("+79991234567");
    }

    @Test
    void reads_ten_digits_as_a_russian_national_number_whatever_the_area_code() {
        // a St Petersburg landline typed without the trunk prefix
        assertThat(PhoneNumber.parse("8123456789").e164()).isEqualTo("+78123456789");
        assertThat(PhoneNumber.parse("4951234567").e164()).isEqualTo("+74951234567");
        // so ten digits starting with 8 are an area code, not the trunk prefix of a number one digit short
        assertThat(PhoneNumber.parse("8999123456").e164()).isEqualTo("+78999123456");
    }

    @Test
    void accepts_a_foreign_number_with_its_plus() {
        assertThat(PhoneNumber.parse("+380501234567").e164()).isEqualTo("+380501234567");
        assertThat(PhoneNumber.parse("+49 30 1234567").e164()).isEqualTo("+49301234567");
    }

    @Test
    void reads_a_leading_eight_as_the_russian_trunk_prefix_only_without_a_plus() {
        // eleven digits after a + starting with 8 are a foreign number (here Japan, +81), not 8-999-…
        assertThat(PhoneNumber.parse("+81312345678").e164()).isEqualTo("+81312345678");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {"12345", "abc", "+7999", "   ", "+7 999 abc 45 67", "380501234567", "0991234567",
            "1234567890", "899912345678", "++79991234567", "+0991234567", "+1234567890123456"})
    void refuses_what_is_not_a_phone_number(String input) {
        assertRefused(() -> PhoneNumber.parse(input), "phone.invalid");
    }

    @Test
    void the_record_itself_accepts_only_e164() {
        assertThat(new PhoneNumber("+79991234567").e164()).isEqualTo("+79991234567");
        assertRefused(() -> new PhoneNumber("89991234567"), "phone.invalid");
        assertRefused(() -> new PhoneNumber(null), "phone.invalid");
    }

    @Test
    void prints_masked() {
        PhoneNumber phone = PhoneNumber.parse("+79991234567");

        assertThat(phone.masked()).isEqualTo("+7******4567");
        assertThat(phone).hasToString("+7******4567");
    }
}
