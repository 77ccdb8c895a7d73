package com.repairbot.application.dialog;

import com.repairbot.application.port.out.ConversationKey;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The dialogs this process left open, with the time of their last save: when the store later has none of them
 * although it was neither finished, cancelled nor expired, the store lost it (Redis restarted without its data,
 * or was emptied), and the person is told so instead of their answer being taken for a stray message. Kept in
 * memory, bounded (the oldest forgotten first); a dialog this process does not know of is never said to be lost.
 */
final class OpenDialogs {

    private static final int AT_MOST = 20_000;

    private final Map<ConversationKey, Instant> saved = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ConversationKey, Instant> eldest) {
            return size() > AT_MOST;
        }
    };

    /** The dialog was saved (started or moved on) at that time. */
    synchronized void saved(ConversationKey key, Instant at) {
        saved.put(key, at);
    }

    /** The dialog ended here (finished, cancelled, abandoned, expired, dropped). */
    synchronized void ended(ConversationKey key) {
        saved.remove(key);
    }

    /**
     * @param key the person whose store holds no dialog now
     * @param now the time
     * @param ttl how long an untouched dialog lives
     * @return whether this process left their dialog open and it had not expired: the store lost it
     */
    synchronized boolean lost(ConversationKey key, Instant now, Duration ttl) {
        Instant at = saved.remove(key);
        return at != null && !at.plus(ttl).isBefore(now);
    }
}
