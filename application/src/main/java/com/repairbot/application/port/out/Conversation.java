package com.repairbot.application.port.out;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A dialog in progress: the current step's stable id, the answers so far, a version for
 * compare-and-set, and when it was last touched (for expiry).
 *
 * @param stepId    the current step, e.g. {@code CreateRequest:description}
 * @param data      the answers so far, by key (stored as JSON by stores that need a format)
 * @param version   1 for a new dialog, +1 for each save
 * @param updatedAt when it was last saved
 */
public record Conversation(String stepId, Map<String, String> data, long version, Instant updatedAt) {

    public Conversation {
        Objects.requireNonNull(stepId, "stepId");
        data = Map.copyOf(data);
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** Answers are personal data (names, phones, addresses): printed masked. */
    @Override
    public String toString() {
        Map<String, String> masked = new TreeMap<>();
        data.forEach((k, v) -> masked.put(k, v.length() > 3 ? v.charAt(0) + "***" : "***"));
        return "Conversation[" + stepId + " v" + version + " " + masked + " " + updatedAt + "]";
    }
}
