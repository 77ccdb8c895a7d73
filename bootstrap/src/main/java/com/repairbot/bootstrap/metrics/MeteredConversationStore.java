package com.repairbot.bootstrap.metrics;

import com.repairbot.application.port.out.Conversation;
import com.repairbot.application.port.out.ConversationKey;
import com.repairbot.application.port.out.ConversationStore;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Counts dialogs that expired: the dialog engine ends a dialog it loads whose last answer is older than the
 * dialog TTL (and tells the person), so a load that finds one is one expired dialog. The rule is the engine's
 * own ({@code updatedAt + dialogTtl} before now).
 */
public final class MeteredConversationStore implements ConversationStore {

    private final ConversationStore store;
    private final MeterRegistry registry;
    private final Duration dialogTtl;
    private final Clock clock;

    /**
     * @param store     the real store
     * @param registry  where the counter goes
     * @param dialogTtl the dialog TTL the engine uses
     * @param clock     the engine's clock
     */
    public MeteredConversationStore(ConversationStore store, MeterRegistry registry, Duration dialogTtl, Clock clock) {
        this.store = store;
        this.registry = registry;
        this.dialogTtl = dialogTtl;
        this.clock = clock;
        expired(); // shows 0 from the start
    }

    private Counter expired() {
        return Counter.builder("repairbot.dialogs.expired").description("Dialogs found expired and ended")
                .register(registry);
    }

    @Override
    public Optional<Conversation> load(ConversationKey key) {
        Optional<Conversation> found = store.load(key);
        if (found.isPresent() && found.get().updatedAt().plus(dialogTtl).isBefore(clock.instant())) {
            expired().increment();
        }
        return found;
    }

    @Override
    public boolean save(ConversationKey key, Conversation conversation, long expectedVersion) {
        return store.save(key, conversation, expectedVersion);
    }

    @Override
    public void delete(ConversationKey key) {
        store.delete(key);
    }
}
