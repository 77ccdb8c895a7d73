package com.repairbot.domain.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ClientTest {

    private final PersonName name = new PersonName("Иванов Иван");
    private final PhoneNumber phone = PhoneNumber.parse("+79991234567");
    private final Address address = new Address("г. Москва, ул. Ленина, д. 10, кв. 5");

    @Test
    void needs_a_name_a_phone_and_an_address() {
        assertThatThrownBy(() -> new Client(null, phone, address)).hasMessage("name");
        assertThatThrownBy(() -> new Client(name, null, address)).hasMessage("phone");
        assertThatThrownBy(() -> new Client(name, phone, null)).hasMessage("address");
    }

    @Test
    void prints_every_part_masked() {
        assertThat(new Client(name, phone, address))
                .hasToString("Client[name=И***в И***, phone=+7******4567, address=г. Москва, ул. Лен***]");
    }
}
