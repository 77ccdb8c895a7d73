package com.repairbot.bootstrap;

import com.repairbot.adapter.redis.RedisConfig;
import com.repairbot.adapter.redis.RedisConnection;
import com.repairbot.adapter.redis.RedisConversationStore;
import com.repairbot.adapter.redis.RedisKeys;
import com.repairbot.adapter.redis.RedisLocks;
import com.repairbot.adapter.redis.RedisRateLimiter;
import com.repairbot.adapter.redis.RedisSoleConversationStore;
import com.repairbot.adapter.sqlite.SqliteDatabase;
import com.repairbot.adapter.sqlite.SqliteStores;
import com.repairbot.adapter.telegram.BotIdentity;
import com.repairbot.adapter.telegram.TelegramChannel;
import com.repairbot.adapter.telegram.TelegramConfig;
import com.repairbot.application.ApplicationSettings;
import com.repairbot.application.assembly.Core;
import com.repairbot.application.memory.InMemoryRateLimiter;
import com.repairbot.application.port.out.ConversationStore;
import com.repairbot.application.port.out.Messenger;
import com.repairbot.application.port.out.RateLimiter;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code repair-bot run}: the Telegram channel (long polling, or a webhook when {@code WEBHOOK_URL} is set),
 * data in SQLite, conversation state in Redis when {@code REDIS_URL} is set and in the SQLite file otherwise,
 * the outbox delivered every second, and an orderly stop on SIGTERM.
 */
final class TelegramMode {

    private static final Logger LOG = LoggerFactory.getLogger(TelegramMode.class);
    private static final Duration STOP_WITHIN = Duration.ofSeconds(20);

    private TelegramMode() {
    }

    static int run(Configuration config, ChannelSettings load, ApplicationSettings settings) throws InterruptedException {
        Clock clock = Clock.systemUTC();
        Duration conversationTtl = settings.dialogTtl().multipliedBy(2);
        RedisConnection redis = config.redisUrl()
                .map(url -> new RedisConnection(RedisConfig.of(url.toString()))).orElse(null);
        if (redis != null) {
            // connect while the database opens, not on the first update after a (re)start
            Thread.ofPlatform().name("redis-connect").daemon(true).start(redis::ping);
        }
        SqliteDatabase database = SqliteDatabase.open(config.databasePath(), 4);
        ConversationStore conversations = redis == null
                ? SqliteStores.conversations(database, clock, conversationTtl)
                : load.shared() ? new RedisConversationStore(redis, RedisKeys.DEFAULT, conversationTtl)
                // the only instance is the only writer: it keeps the dialogs it knows in memory (ADR 0018)
                : new RedisSoleConversationStore(redis, RedisKeys.DEFAULT, conversationTtl, clock);
        // one instance keeps the flood buckets in process: Redis would cost a script run per update (ADR 0018)
        RateLimiter flood = redis == null || !load.shared()
                ? new InMemoryRateLimiter(clock, load.floodBurst(), load.floodPerSecond())
                : new RedisRateLimiter(redis, RedisKeys.DEFAULT, load.floodBurst(), load.floodPerSecond());
        LOG.info("data in SQLite {}; conversation state in {}", config.databasePath().toAbsolutePath(),
                config.redisUrl().map(url -> "Redis " + Configuration.masked(url)).orElse("the SQLite file"));

        // the core needs the channel's messenger and the channel needs the core: join them through a holder
        AtomicReference<Messenger> messenger = new AtomicReference<>();
        Core core = Core.assemble(settings, SqliteStores.on(database, conversations),
                (chat, message) -> messenger.get().send(chat, message), clock, () -> UUID.randomUUID().toString());
        TelegramConfig telegram = new TelegramConfig(config.telegramApiUrl(), config.botToken().orElseThrow(),
                Duration.ofSeconds(50), 100);
        TelegramChannel channel = new TelegramChannel(telegram, core.engine(),
                SqliteStores.processedUpdates(database), flood, load.pacing(),
                // several instances keep each chat's order with a lock in Redis; one needs none (ADR 0018)
                redis != null && load.shared() ? new RedisLocks(redis, RedisKeys.DEFAULT) : null);
        messenger.set(channel.messenger());

        try {
            BotIdentity bot = channel.verify();
            LOG.info("connected to the Bot API as {}", bot);
            config.webhook().ifPresentOrElse(
                    hook -> channel.startWebhook(hook.url(), hook.secret(), hook.port()),
                    channel::startPolling);
            // after intake starts: after a restart, people wait for their answers, not for the menus
            channel.registerCommands(settings.admins());
        } catch (RuntimeException startFailed) {
            // an invalid token or a webhook that cannot be set: release everything before saying so
            channel.close();
            database.close();
            if (redis != null) {
                redis.close();
            }
            throw startFailed;
        }

        ScheduledExecutorService relay = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("outbox-relay").daemon(true).factory());
        relay.scheduleWithFixedDelay(() -> deliver(core), 1, 1, TimeUnit.SECONDS);

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().name("shutdown").unstarted(() -> {
            LOG.info("stopping: intake first, then in-flight updates, the outbox once more, the stores");
            channel.close();
            relay.shutdown();
            awaitQuietly(relay);
            deliver(core);
            database.close();
            if (redis != null) {
                redis.close();
            }
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }

    private static void deliver(Core core) {
        try {
            core.relay().deliverDue(50);
        } catch (RuntimeException e) {
            LOG.warn("outbox delivery failed; it is retried in a second: {}", e.getClass().getSimpleName());
        }
    }

    private static void awaitQuietly(ScheduledExecutorService executor) {
        try {
            executor.awaitTermination(STOP_WITHIN.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
