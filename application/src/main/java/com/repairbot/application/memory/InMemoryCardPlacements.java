package com.repairbot.application.memory;

import com.repairbot.application.port.out.CardPlacement;
import com.repairbot.application.port.out.CardPlacements;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.staff.ChatId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Card placements in a map by request and chat. */
public final class InMemoryCardPlacements implements CardPlacements {

    private final Map<Long, TreeMap<Long, CardPlacement>> cards = new TreeMap<>();

    @Override
    public synchronized void remember(CardPlacement placement) {
        cards.computeIfAbsent(placement.request().value(), n -> new TreeMap<>())
                .put(placement.message().chat().value(), placement);
    }

    @Override
    public synchronized Optional<CardPlacement> find(RequestNumber request, ChatId chat) {
        return Optional.ofNullable(cards.getOrDefault(request.value(), new TreeMap<>()).get(chat.value()));
    }

    @Override
    public synchronized List<CardPlacement> of(RequestNumber request) {
        return List.copyOf(cards.getOrDefault(request.value(), new TreeMap<>()).values());
    }

    @Override
    public synchronized int forgetChat(ChatId chat) {
        int forgotten = 0;
        for (TreeMap<Long, CardPlacement> ofRequest : cards.values()) {
            forgotten += ofRequest.remove(chat.value()) == null ? 0 : 1;
        }
        cards.values().removeIf(Map::isEmpty);
        return forgotten;
    }
}
