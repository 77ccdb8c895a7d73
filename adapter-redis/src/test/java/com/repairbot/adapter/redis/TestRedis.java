package com.repairbot.adapter.redis;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.output.StatusOutput;
import io.lettuce.core.protocol.CommandArgs;
import io.lettuce.core.protocol.CommandType;
import java.time.Duration;

/**
 * The Redis the tests run against ({@link RedisForTests}: a private server, unless {@code TEST_REDIS_URL} says
 * otherwise), each test class on its own database number, never 0. Also a raw client, independent of the adapter under test, to look at
 * and prepare what is stored.
 */
final class TestRedis implements AutoCloseable {

    private final RedisClient client;
    private final StatefulRedisConnection<String, String> connection;
    final String url;

    private TestRedis(String url) {
        this.url = url;
        this.client = RedisClient.create();
        try {
            this.connection = client.connect(RedisURI.create(url));
        } catch (RuntimeException failure) {
            client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
            throw failure;
        }
    }

    /** @return a raw client on that database of the tests' Redis ({@link RedisForTests}) */
    static TestRedis database(int database) {
        return new TestRedis(RedisForTests.url(database));
    }

    /** @return a raw client on that URL (e.g. of a private server) */
    static TestRedis at(String url) {
        return new TestRedis(url);
    }

    /** @return an adapter connection to the same database, failing after the given command timeout */
    RedisConnection connect(Duration commandTimeout) {
        return new RedisConnection(RedisConfig.of(url).withCommandTimeout(commandTimeout));
    }

    RedisConnection connect() {
        return new RedisConnection(RedisConfig.of(url));
    }

    RedisCommands<String, String> commands() {
        return connection.sync();
    }

    /** {@code DEBUG SLEEP}: the server answers nobody for that long (allowed on the private server only). */
    String debugSleep(int seconds) {
        return commands().dispatch(CommandType.DEBUG, new StatusOutput<>(StringCodec.UTF8),
                new CommandArgs<>(StringCodec.UTF8).add("SLEEP").add(seconds));
    }

    /** Empties this test's database (only this one). */
    void flush() {
        commands().flushdb();
    }

    @Override
    public void close() {
        connection.close();
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }
}
