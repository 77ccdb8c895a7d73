package com.repairbot.application.dialog;

import com.repairbot.application.port.out.ConversationKey;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The dialog saves whose outcome is not known: the store did not answer in time (Redis stalled), so the person
 * was told "try again", but the write may still have happened when the store came back. The next input of that
 * person is then checked against what the store holds: if the save did happen, the input is not read as the
 * answer to the next question (a description repeated would become the client's name); the person is shown the
 * question that is really current instead. Kept in memory, for this process: a bounded number of people, the
 * oldest forgotten first.
 */
final class UncertainSaves {

    private static final int AT_MOST = 10_000;

    private final Map<ConversationKey, Long> versions = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ConversationKey, Long> eldest) {
            return size() > AT_MOST;
        }
    };

    /** A save of this version failed without saying whether it was written. */
    synchronized void failed(ConversationKey key, long version) {
        versions.put(key, version);
    }

    /**
     * @param stored the version the store holds now (0 when it holds no dialog)
     * @return whether the person was told to try again after a save that did happen after all
     */
    synchronized boolean happenedAfterAll(ConversationKey key, long stored) {
        Long version = versions.remove(key);
        return version != null && version == stored;
    }
}
