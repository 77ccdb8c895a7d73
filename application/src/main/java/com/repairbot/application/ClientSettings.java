package com.repairbot.application;

/**
 * How the bot treats clients (people without a role who write to it).
 *
 * @param enabled   whether they are served at all ({@code CLIENTS=off}: the polite staff-only answer instead)
 * @param openLimit how many open requests (not closed, not refused) one client may have at once
 *                  ({@code CLIENT_OPEN_LIMIT}, 1–50)
 */
public record ClientSettings(boolean enabled, int openLimit) {

    /** The default number of open requests per client. */
    public static final int DEFAULT_OPEN_LIMIT = 3;

    public ClientSettings {
        if (openLimit < 1 || openLimit > 50) {
            throw new IllegalArgumentException("CLIENT_OPEN_LIMIT must be 1..50");
        }
    }

    /** @return clients served, at most {@value #DEFAULT_OPEN_LIMIT} open requests each */
    public static ClientSettings defaults() {
        return new ClientSettings(true, DEFAULT_OPEN_LIMIT);
    }
}
