package com.repairbot.adapter.telegram;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How to reach the Bot API.
 *
 * @param apiUrl             the Bot API base URL ({@code TELEGRAM_API_URL}); requests go to
 *                           {@code {apiUrl}/bot{token}/{method}}, so a Local Bot API Server or a test double works
 * @param token              the bot token; never printed
 * @param pollTimeout        how long one {@code getUpdates} long poll waits for updates (0–50 s; 50 s is usual)
 * @param maxUpdatesInFlight how many updates may be queued or handled at once (also the {@code getUpdates} batch)
 * @param events             told about updates and Bot API calls (metrics); {@link ChannelEvents#NONE} for none
 */
public record TelegramConfig(URI apiUrl, String token, Duration pollTimeout, int maxUpdatesInFlight,
                             ChannelEvents events) {

    /** Telegram's own Bot API. */
    public static final URI DEFAULT_API_URL = URI.create("https://api.telegram.org");

    /** Telegram keeps a long poll open for at most about this long. */
    private static final Duration LONGEST_POLL = Duration.ofSeconds(50);

    public TelegramConfig {
        Objects.requireNonNull(apiUrl, "apiUrl");
        if (!apiUrl.isAbsolute() || apiUrl.getHost() == null
                || !("http".equals(apiUrl.getScheme()) || "https".equals(apiUrl.getScheme()))) {
            throw new IllegalArgumentException("the Bot API URL must be an absolute http(s) URL");
        }
        if (apiUrl.getQuery() != null || apiUrl.getFragment() != null) {
            throw new IllegalArgumentException("the Bot API URL must not have a query or a fragment");
        }
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("the bot token is empty");
        }
        token = token.strip();
        if (!token.matches("[A-Za-z0-9:_-]+")) {
            // never say what it contains: the message may end up in a log
            throw new IllegalArgumentException("the bot token has characters a token never has");
        }
        Objects.requireNonNull(pollTimeout, "pollTimeout");
        if (pollTimeout.isNegative() || pollTimeout.compareTo(LONGEST_POLL) > 0) {
            throw new IllegalArgumentException("the poll timeout must be 0..50 s, not " + pollTimeout);
        }
        if (maxUpdatesInFlight < 1 || maxUpdatesInFlight > 1000) {
            throw new IllegalArgumentException("max updates in flight must be 1..1000, not " + maxUpdatesInFlight);
        }
        Objects.requireNonNull(events, "events");
    }

    /** Settings without a listener. */
    public TelegramConfig(URI apiUrl, String token, Duration pollTimeout, int maxUpdatesInFlight) {
        this(apiUrl, token, pollTimeout, maxUpdatesInFlight, ChannelEvents.NONE);
    }

    /** @return these settings, reporting to {@code listener} */
    public TelegramConfig withEvents(ChannelEvents listener) {
        return new TelegramConfig(apiUrl, token, pollTimeout, maxUpdatesInFlight, listener);
    }

    /** @return the usual settings: Telegram's API, 50 s long polls, 100 updates in flight */
    public static TelegramConfig of(String token) {
        return new TelegramConfig(DEFAULT_API_URL, token, LONGEST_POLL, 100);
    }

    /** @return the base URL without a trailing slash */
    String baseUrl() {
        String url = apiUrl.toString();
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        return url;
    }

    @Override
    public String toString() {
        return "TelegramConfig[apiUrl=" + apiUrl + ", token=<redacted>, pollTimeout=" + pollTimeout
                + ", maxUpdatesInFlight=" + maxUpdatesInFlight + "]";
    }
}
