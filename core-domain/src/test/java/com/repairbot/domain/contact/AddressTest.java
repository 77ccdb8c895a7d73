package com.repairbot.domain.contact;

import static com.repairbot.domain.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AddressTest {

    @Test
    void accepts_an_address_with_a_house_number() {
        assertThat(new Address("  г. Москва, ул. Ленина, д. 10, кв. 5 ").value())
                .isEqualTo("г. Москва, ул. Ленина, д. 10, кв. 5");
    }

    @Test
    void refuses_an_address_without_a_digit() {
        assertRefused(() -> new Address("г. Москва, ул. Ленина"), "address.house_number");
    }

    @Test
    void refuses_nine_characters() {
        assertRefused(() -> new Address("Ленина 10"), "address.length", 10, 500);
    }

    @Test
    void accepts_ten_characters() {
        assertThat(new Address("Ленина 10а").value()).hasSize(10);
    }

    @Test
    void accepts_five_hundred_characters_and_refuses_more() {
        String fiveHundred = "ул. Ленина, д. 1" + "а".repeat(484);

        assertThat(new Address(fiveHundred).value()).hasSize(500);
        assertRefused(() -> new Address(fiveHundred + "а"), "address.length", 10, 500);
    }

    @Test
    void refuses_nothing_at_all() {
        assertRefused(() -> new Address(null), "address.length", 10, 500);
    }

    @Test
    void prints_masked_without_a_single_digit() {
        Address address = new Address("г. Москва, ул. Ленина, д. 10, кв. 5");

        assertThat(address.masked()).isEqualTo("г. Москва, ул. Лен***");
        assertThat(address).hasToString("г. Москва, ул. Лен***");
    }
}
