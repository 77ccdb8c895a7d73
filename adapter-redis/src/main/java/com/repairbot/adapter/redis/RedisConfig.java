package com.repairbot.adapter.redis;

import io.lettuce.core.RedisCredentials;
import io.lettuce.core.RedisURI;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Objects;

/**
 * How to reach Redis and how long to wait for it.
 *
 * @param url              {@code redis://[[user]:password@]host[:port][/database]} ({@code REDIS_URL});
 *                         {@code rediss://} for TLS
 * @param commandTimeout   how long one command (and one connection attempt) may take before it fails
 * @param requestQueueSize how many commands may wait for an answer at once; more fail at once instead of
 *                         piling up behind a slow server
 */
public record RedisConfig(String url, Duration commandTimeout, int requestQueueSize) {

    /** A command that takes longer than this is treated as Redis being unavailable. */
    public static final Duration DEFAULT_COMMAND_TIMEOUT = Duration.ofSeconds(2);
    /** Far above what one bot sends at once (a few commands per update in flight), far below memory trouble. */
    public static final int DEFAULT_REQUEST_QUEUE_SIZE = 1024;

    public RedisConfig {
        Objects.requireNonNull(url, "url");
        parse(url); // refuses a bad URL now, at start-up, with a message that does not repeat it
        if (commandTimeout == null || commandTimeout.isNegative() || commandTimeout.isZero()) {
            throw new IllegalArgumentException("the Redis command timeout must be positive, not " + commandTimeout);
        }
        if (requestQueueSize < 1) {
            throw new IllegalArgumentException("the Redis request queue needs room for at least one command, not "
                    + requestQueueSize);
        }
    }

    /** @return the defaults with that URL */
    public static RedisConfig of(String url) {
        return new RedisConfig(url, DEFAULT_COMMAND_TIMEOUT, DEFAULT_REQUEST_QUEUE_SIZE);
    }

    /** @return the same with another command timeout */
    public RedisConfig withCommandTimeout(Duration timeout) {
        return new RedisConfig(url, timeout, requestQueueSize);
    }

    /** @return the same with another request queue size */
    public RedisConfig withRequestQueueSize(int size) {
        return new RedisConfig(url, commandTimeout, size);
    }

    /** @return where Redis is, for messages and logs: host, port and database, never the password */
    public String where() {
        RedisURI uri = uri();
        return uri.getHost() + ":" + uri.getPort() + "/" + uri.getDatabase();
    }

    /** A new Lettuce URI each time (Lettuce's is mutable), with the command timeout set. */
    RedisURI uri() {
        RedisURI uri = parse(url);
        uri.setTimeout(commandTimeout);
        return uri;
    }

    /** @return the password in the URL, or an empty string (to be kept out of every message) */
    String password() {
        RedisCredentials credentials = parse(url).getCredentialsProvider().resolveCredentials()
                .block(Duration.ofSeconds(1)); // the URL's own credentials: resolved at once, no I/O
        return credentials != null && credentials.hasPassword() ? new String(credentials.getPassword()) : "";
    }

    /** The URL holds the password: printed without it. */
    @Override
    public String toString() {
        return "RedisConfig[redis at " + where() + ", commandTimeout=" + commandTimeout + ", requestQueueSize="
                + requestQueueSize + "]";
    }

    private static RedisURI parse(String url) {
        RedisURI uri;
        try {
            // java.net.URI first: stricter than Lettuce about ports, which it would quietly default
            URI strict = new URI(url);
            if (!("redis".equals(strict.getScheme()) || "rediss".equals(strict.getScheme()))
                    || strict.getHost() == null) {
                throw new IllegalArgumentException("not a redis:// URL with a host");
            }
            uri = RedisURI.create(url);
        } catch (URISyntaxException | RuntimeException invalid) {
            // the messages repeat the URL, password included: neither they nor the cause are kept
            throw new IllegalArgumentException(
                    "REDIS_URL is not a Redis URL of the form redis://[:password@]host[:port][/database]");
        }
        return uri;
    }
}
