package com.repairbot.bootstrap;

import com.repairbot.adapter.redis.RedisForTests;
import java.net.URI;

/**
 * The Redis bootstrap's tests use: the tests' own private redis-server ({@link RedisForTests}; a server named by
 * {@code TEST_REDIS_URL} instead, if set), on database 7.
 */
final class LocalRedis {

    static final int DATABASE = 7;

    private LocalRedis() {
    }

    /** @return the URL of database 7 */
    static String url() {
        return RedisForTests.url(DATABASE);
    }

    /** @return the URL as the bot prints it (password masked) */
    static String shown() {
        return Configuration.masked(URI.create(url()));
    }
}
