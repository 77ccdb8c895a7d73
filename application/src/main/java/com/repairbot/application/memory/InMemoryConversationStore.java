package com.repairbot.application.memory;

import com.repairbot.application.port.out.Conversation;
import com.repairbot.application.port.out.ConversationKey;
import com.repairbot.application.port.out.ConversationStore;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Dialogs in a map, with compare-and-set on the version and expiry after a TTL. */
public final class InMemoryConversationStore implements ConversationStore {

    private final Map<ConversationKey, Conversation> conversations = new HashMap<>();
    private final Clock clock;
    private final Duration ttl;

    /**
     * @param clock the time, for expiry
     * @param ttl   how long a dialog untouched is kept
     */
    public InMemoryConversationStore(Clock clock, Duration ttl) {
        this.clock = clock;
        this.ttl = ttl;
    }

    @Override
    public synchronized Optional<Conversation> load(ConversationKey key) {
        Conversation conversation = conversations.get(key);
        if (conversation != null && conversation.updatedAt().plus(ttl).isBefore(clock.instant())) {
            conversations.remove(key);
            return Optional.empty();
        }
        return Optional.ofNullable(conversation);
    }

    @Override
    public synchronized boolean save(ConversationKey key, Conversation conversation, long expectedVersion) {
        long stored = load(key).map(Conversation::version).orElse(0L);
        if (stored != expectedVersion) {
            return false;
        }
        conversations.put(key, conversation);
        return true;
    }

    @Override
    public synchronized void delete(ConversationKey key) {
        conversations.remove(key);
    }
}
