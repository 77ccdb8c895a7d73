package com.repairbot.adapter.redis;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * The Redis that tests talk to. Never the one a developer runs for real: by default a {@link PrivateRedisServer}
 * started on a free port for this JVM and killed when it exits (its files in a temporary folder). Only when
 * {@code TEST_REDIS_URL} is set explicitly do tests use that server instead — and then each test class keeps
 * to its own database number, never 0. {@code REDIS_URL} is deliberately not read: it names the product's Redis.
 */
public final class RedisForTests {

    /** The variable that points tests at a Redis of one's choosing. */
    public static final String VARIABLE = "TEST_REDIS_URL";

    private static PrivateRedisServer server;

    private RedisForTests() {
    }

    /** @return the URL of the tests' Redis, without a database number */
    public static synchronized String baseUrl() {
        String configured = System.getenv(VARIABLE);
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        if (server == null) {
            PrivateRedisServer.requireInstalled("the tests have no Redis of their own (or point them at one with "
                    + VARIABLE + ")");
            PrivateRedisServer started = PrivateRedisServer.start();
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "private-redis-stop"));
            server = started;
        }
        return server.url(0);
    }

    /** @return the URL of that database of the tests' Redis (never database 0) */
    public static String url(int database) {
        return withDatabase(baseUrl(), database);
    }

    /** @return the URL with the database number replaced */
    static String withDatabase(String base, int database) {
        if (database < 1) {
            throw new IllegalArgumentException("tests never use database 0");
        }
        try {
            URI uri = URI.create(base);
            return new URI(uri.getScheme(), uri.getRawUserInfo() == null ? null : uri.getUserInfo(),
                    uri.getHost(), uri.getPort(), "/" + database, null, null).toString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
