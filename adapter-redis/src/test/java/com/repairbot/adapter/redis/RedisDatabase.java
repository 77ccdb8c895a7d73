package com.repairbot.adapter.redis;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A test class's own Redis database ({@link TestRedis}) and a connection of the product's to it, opened before
 * the class's first test and closed after its last, leaving the database empty. Register it as a static field
 * with {@code @RegisterExtension}.
 */
final class RedisDatabase implements BeforeAllCallback, AfterAllCallback {

    private final int number;
    private TestRedis raw;
    private RedisConnection connection;

    /** @param number the database number, one per test class */
    RedisDatabase(int number) {
        this.number = number;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        raw = TestRedis.database(number);
        connection = raw.connect();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        raw.flush(); // leave nothing behind
        connection.close();
        raw.close();
    }

    /** @return a plain client on the database, to look at what is stored */
    TestRedis raw() {
        return raw;
    }

    /** @return the product's connection to the database */
    RedisConnection connection() {
        return connection;
    }
}
