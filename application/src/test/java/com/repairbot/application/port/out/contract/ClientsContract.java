package com.repairbot.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.application.port.out.Clients;
import com.repairbot.domain.client.ClientAccount;
import com.repairbot.domain.contact.PersonName;
import com.repairbot.domain.contact.PhoneNumber;
import com.repairbot.domain.staff.UserId;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** What every {@link Clients} must do. An adapter's test extends it and says how to make an empty one. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
public abstract class ClientsContract {

    private static final UserId OLGA = new UserId(7_000_000_001L);
    private static final UserId PETR = new UserId(12);
    private static final PhoneNumber PHONE = new PhoneNumber("+79991234567");

    private Clients clients;

    /** @return an empty store, a new one for each test */
    protected abstract Clients newStore();

    @BeforeEach
    void startFromAnEmptyStore() {
        clients = newStore();
    }

    @Test
    void a_client_saved_is_found_exactly_as_it_was() {
        ClientAccount olga = new ClientAccount(OLGA, Optional.of(PHONE), Optional.of(new PersonName("Ольга О'Нил")),
                "en", Optional.of("qr-site_2026"));

        clients.save(olga);

        assertThat(clients.find(OLGA)).contains(olga);
        assertThat(clients.find(PETR)).isEmpty();
    }

    @Test
    void a_client_seen_first_has_nothing_shared_and_a_later_save_replaces_it() {
        ClientAccount first = ClientAccount.first(PETR, "ru", Optional.empty());
        clients.save(first);
        assertThat(clients.find(PETR)).contains(first);

        ClientAccount shared = first.withPhone(PHONE).withName(new PersonName("Пётр")).withLanguage("en");
        clients.save(shared);

        assertThat(clients.find(PETR)).contains(shared);
        assertThat(clients.withPhone(PHONE)).contains(shared);
    }

    @Test
    void a_phone_nobody_shared_finds_nobody() {
        clients.save(ClientAccount.first(PETR, "ru", Optional.empty()));

        assertThat(clients.withPhone(PHONE)).isEmpty();
    }

    @Test
    void a_phone_belongs_to_the_last_client_who_shared_it() {
        clients.save(ClientAccount.first(OLGA, "ru", Optional.of("sticker")).withPhone(PHONE));
        clients.save(ClientAccount.first(PETR, "ru", Optional.empty()).withPhone(PHONE));

        assertThat(clients.withPhone(PHONE)).map(ClientAccount::user).contains(PETR);
        assertThat(clients.find(OLGA)).get().satisfies(olga -> {
            assertThat(olga.phone()).isEmpty();
            assertThat(olga.source()).contains("sticker");
        });
    }

    @Test
    void saving_the_same_client_with_the_same_phone_again_keeps_it() {
        ClientAccount olga = ClientAccount.first(OLGA, "ru", Optional.empty()).withPhone(PHONE);
        clients.save(olga);
        clients.save(olga);

        assertThat(clients.withPhone(PHONE)).contains(olga);
    }
}
