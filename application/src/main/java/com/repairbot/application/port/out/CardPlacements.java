package com.repairbot.application.port.out;

import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.staff.ChatId;
import java.util.List;
import java.util.Optional;

/** Where each request's card was posted (one card per request and chat), kept durably. */
public interface CardPlacements {

    /** Remembers a card; a card posted again in the same chat replaces the one remembered there. */
    void remember(CardPlacement placement);

    /** @return the card of that request in that chat, if one was posted */
    Optional<CardPlacement> find(RequestNumber request, ChatId chat);

    /** @return every card of that request, in the order of their chats */
    List<CardPlacement> of(RequestNumber request);

    /**
     * Forgets every card posted in that chat (a group that became a supergroup: its old messages can no longer
     * be edited through the new id, and the old id refuses every call).
     *
     * @return how many cards were forgotten
     */
    int forgetChat(ChatId chat);
}
