package com.repairbot.domain.contact;

import java.util.Objects;

/**
 * The person whose appliance is repaired. Prints masked.
 *
 * @param name    the client's name
 * @param phone   the client's phone
 * @param address where the technician goes
 */
public record Client(PersonName name, PhoneNumber phone, Address address) {

    public Client {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(address, "address");
    }

    @Override
    public String toString() {
        return "Client[name=" + name + ", phone=" + phone + ", address=" + address + "]";
    }
}
