package com.repairbot.application.port.out;

import java.util.Objects;

/**
 * What a channel still owes a chat in answer to one update: recorded with the update, durably, before the
 * update is confirmed to the channel, and removed once every reply went out (or can never go out). The store
 * keeps {@code replies} as it is given: its form belongs to the channel that wrote it.
 *
 * @param updateId the update answered
 * @param chat     where the replies go
 * @param replies  the replies, in the channel's own form (not empty)
 */
public record OwedReplies(long updateId, long chat, String replies) {

    public OwedReplies {
        Objects.requireNonNull(replies, "replies");
        if (replies.isEmpty()) {
            throw new IllegalArgumentException("owed replies must say what is owed");
        }
    }

    /** The replies are the channel's words to a person: never printed whole. */
    @Override
    public String toString() {
        return "OwedReplies[update " + updateId + ", chat " + chat + ", " + replies.length() + " chars]";
    }
}
