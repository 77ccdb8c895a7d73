package com.repairbot.bootstrap;

import com.repairbot.adapter.redis.RedisConfig;
import com.repairbot.adapter.redis.RedisConnection;
import com.repairbot.adapter.redis.RedisConversationStore;
import com.repairbot.adapter.redis.RedisKeys;
import com.repairbot.adapter.redis.RedisLocks;
import com.repairbot.adapter.redis.RedisRateLimiter;
import com.repairbot.adapter.redis.RedisSoleConversationStore;
import com.repairbot.application.ApplicationSettings;
import com.repairbot.application.assembly.Stores;
import com.repairbot.application.memory.InMemoryRateLimiter;
import com.repairbot.application.port.out.ConversationStore;
import com.repairbot.application.port.out.Locks;
import com.repairbot.application.port.out.ProcessedUpdates;
import com.repairbot.application.port.out.RateLimiter;
import com.repairbot.application.port.out.RequestEvents;
import com.repairbot.bootstrap.metrics.MeteredConversationStore;
import com.repairbot.bootstrap.metrics.MeteredRequestEvents;
import com.repairbot.bootstrap.metrics.MeteredTransactions;
import com.repairbot.bootstrap.metrics.OutboxGauges;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where {@code run} keeps things: data in the SQLite file, or in PostgreSQL when {@code DATABASE_URL} is set
 * ({@link Storage}); conversation state and the flood limiter in Redis when {@code REDIS_URL} is set, else in
 * the database and in memory. A Redis that is configured but
 * cannot be reached is never replaced by memory: calls fail, people are told the service is unavailable, and
 * readiness says so. The stores are metered (dialogs expired, the outbox), and {@code events} counts requests
 * created and status changes from the domain's events.
 *
 * @param database the SQLite file or PostgreSQL
 * @param redis    the Redis connection, when configured
 * @param stores   the core's stores
 * @param flood    the per-user flood limiter
 * @param chatLocks per-chat locks across instances; empty when one instance runs
 * @param events    counts what happened to requests, once its unit of work committed (give it to the core)
 */
record RunStorage(Storage database, Optional<RedisConnection> redis, Stores stores, RateLimiter flood,
                  Optional<Locks> chatLocks, RequestEvents events)
        implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RunStorage.class);

    static RunStorage open(Configuration config, ChannelSettings load, ApplicationSettings settings,
                           MeterRegistry registry, Clock clock) {
        Duration conversationTtl = settings.dialogTtl().multipliedBy(2);
        Optional<RedisConnection> redis = config.redisUrl()
                .map(url -> new RedisConnection(RedisConfig.of(url.toString())));
        // connect while the database opens, not on the first update after a (re)start
        redis.ifPresent(r -> Thread.ofPlatform().name("redis-connect").daemon(true).start(r::ping));
        Storage database;
        try {
            database = Storage.open(config, 4);
        } catch (RuntimeException failed) {
            redis.ifPresent(RedisConnection::close);
            throw failed;
        }
        ConversationStore conversations = redis.<ConversationStore>map(r -> load.shared()
                        ? new RedisConversationStore(r, RedisKeys.DEFAULT, conversationTtl)
                        // the only instance is the only writer: it keeps the dialogs it knows in memory (ADR 0018)
                        : new RedisSoleConversationStore(r, RedisKeys.DEFAULT, conversationTtl, clock))
                .orElseGet(() -> database.conversations(clock, conversationTtl));
        // one instance keeps the flood buckets in process: Redis would cost a script run per update (ADR 0018)
        RateLimiter flood = redis.filter(r -> load.shared())
                .<RateLimiter>map(r -> new RedisRateLimiter(r, RedisKeys.DEFAULT, load.floodBurst(),
                        load.floodPerSecond()))
                .orElseGet(() -> new InMemoryRateLimiter(clock, load.floodBurst(), load.floodPerSecond()));
        // several instances keep each chat's order with a lock in Redis; one needs none (ADR 0018)
        Optional<Locks> chatLocks = redis.filter(r -> load.shared()).map(r -> new RedisLocks(r, RedisKeys.DEFAULT));
        LOG.info("data in {}; conversation state in {}", database.describe(),
                config.redisUrl().map(url -> "Redis " + Configuration.masked(url)).orElse("the same database"));

        Stores plain = database.stores(new MeteredConversationStore(conversations, registry,
                settings.dialogTtl(), clock));
        MeteredTransactions transactions = new MeteredTransactions(plain.transactions());
        Stores stores = plain.withTransactions(transactions);
        OutboxGauges.bind(stores.outbox(), clock, registry);
        return new RunStorage(database, redis, stores, flood, chatLocks,
                new MeteredRequestEvents(registry, transactions));
    }

    /** @return the update ids handled, in the database */
    ProcessedUpdates processedUpdates() {
        return database.processedUpdates();
    }

    /** @return whether the database answers a query now (for readiness) */
    boolean databaseAnswers() {
        processedUpdates().isProcessed(0);
        return true;
    }

    /** @return whether Redis answers a PING now; true when no Redis is configured */
    boolean redisAnswers() {
        return redis.map(RedisConnection::ping).orElse(true);
    }


    @Override
    public void close() {
        database.close();
        redis.ifPresent(RedisConnection::close);
    }
}
