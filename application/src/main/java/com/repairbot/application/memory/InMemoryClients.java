package com.repairbot.application.memory;

import com.repairbot.application.port.out.Clients;
import com.repairbot.domain.client.ClientAccount;
import com.repairbot.domain.contact.PhoneNumber;
import com.repairbot.domain.staff.UserId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Clients in a map; every method is atomic. */
public final class InMemoryClients implements Clients {

    private final Map<UserId, ClientAccount> clients = new HashMap<>();

    @Override
    public synchronized Optional<ClientAccount> find(UserId user) {
        return Optional.ofNullable(clients.get(user));
    }

    @Override
    public synchronized void save(ClientAccount client) {
        client.phone().ifPresent(phone -> clients.replaceAll((user, other) ->
                !user.equals(client.user()) && other.phone().filter(phone::equals).isPresent()
                        ? new ClientAccount(user, Optional.empty(), other.name(), other.language(), other.source())
                        : other));
        clients.put(client.user(), client);
    }

    @Override
    public synchronized Optional<ClientAccount> withPhone(PhoneNumber phone) {
        return clients.values().stream().filter(client -> client.phone().filter(phone::equals).isPresent())
                .findFirst();
    }
}
