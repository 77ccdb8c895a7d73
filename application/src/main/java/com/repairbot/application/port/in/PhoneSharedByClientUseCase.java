package com.repairbot.application.port.in;

/** Whether a phone the office is entering belongs to a client of the bot (who will then be told of the request). */
public interface PhoneSharedByClientUseCase {

    /**
     * @return whether a client shared that phone with the bot
     * @throws com.repairbot.domain.request.ActionNotPermittedException {@code create} unless the actor is office
     */
    boolean sharedByClient(PhoneSharedByClientQuery query);
}
