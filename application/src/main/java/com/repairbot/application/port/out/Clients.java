package com.repairbot.application.port.out;

import com.repairbot.domain.client.ClientAccount;
import com.repairbot.domain.contact.PhoneNumber;
import com.repairbot.domain.staff.UserId;
import java.util.Optional;

/**
 * The clients known to the bot (people without a role who wrote to it): what they shared, their language and where
 * they came from. A phone belongs to one client at a time: the last one who shared it.
 */
public interface Clients {

    /** @return the client with that user id */
    Optional<ClientAccount> find(UserId user);

    /**
     * Adds or replaces the client. When the client has a phone, any other client who had shared the same phone
     * loses it (the phone is the newer sharer's).
     */
    void save(ClientAccount client);

    /** @return the client who shared that phone with the bot */
    Optional<ClientAccount> withPhone(PhoneNumber phone);
}
