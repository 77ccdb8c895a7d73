package com.repairbot.bootstrap;

import com.repairbot.adapter.redis.RedisConfig;
import com.repairbot.adapter.redis.RedisConnection;
import com.repairbot.adapter.redis.RedisConversationStore;
import com.repairbot.adapter.redis.RedisKeys;
import com.repairbot.adapter.redis.RedisLocks;
import com.repairbot.adapter.redis.RedisRateLimiter;
import com.repairbot.adapter.sqlite.SqliteDatabase;
import com.repairbot.adapter.sqlite.SqliteStores;
import com.repairbot.adapter.telegram.BotIdentity;
import com.repairbot.adapter.telegram.TelegramChannel;
import com.repairbot.adapter.telegram.TelegramConfig;
import com.repairbot.application.ApplicationSettings;
import com.repairbot.application.assembly.Core;
import com.repairbot.application.assembly.Reporting;
import com.repairbot.application.assembly.ScheduleSettings;
import com.repairbot.application.assembly.Stores;
import com.repairbot.application.memory.InMemoryRateLimiter;
import com.repairbot.application.port.out.ConversationStore;
import com.repairbot.application.port.out.Locks;
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
 * the outbox delivered every second, the scheduled work of SPEC §6 ({@link Schedules}), and an orderly stop on
 * SIGTERM.
 */
final class TelegramMode {

    private static final Logger LOG = LoggerFactory.getLogger(TelegramMode.class);
    /** Incoming flood protection per user (SPEC §9): 3 messages a second, bursts of 5. */
    private static final int FLOOD_BURST = 5;
    private static final double FLOOD_PER_SECOND = 3;
    private static final Duration STOP_WITHIN = Duration.ofSeconds(20);

    private TelegramMode() {
    }

    static int run(Configuration config, ApplicationSettings settings, ScheduleSettings schedule)
            throws InterruptedException {
        Clock clock = Clock.systemUTC();
        Duration conversationTtl = settings.dialogTtl().multipliedBy(2);
        RedisConnection redis = config.redisUrl()
                .map(url -> new RedisConnection(RedisConfig.of(url.toString()))).orElse(null);
        SqliteDatabase database = SqliteDatabase.open(config.databasePath(), 4);
        ConversationStore conversations = redis == null
                ? SqliteStores.conversations(database, clock, conversationTtl)
                : new RedisConversationStore(redis, RedisKeys.DEFAULT, conversationTtl);
        RateLimiter flood = redis == null ? new InMemoryRateLimiter(clock, FLOOD_BURST, FLOOD_PER_SECOND)
                : new RedisRateLimiter(redis, RedisKeys.DEFAULT, FLOOD_BURST, FLOOD_PER_SECOND);
        LOG.info("data in SQLite {}; conversation state in {}", config.databasePath().toAbsolutePath(),
                config.redisUrl().map(url -> "Redis " + Configuration.masked(url)).orElse("the SQLite file"));

        // the core needs the channel's messenger and the channel needs the core: join them through a holder
        AtomicReference<Messenger> messenger = new AtomicReference<>();
        Reporting reporting = Reports.beside(database.file(), schedule);
        Stores stores = SqliteStores.on(database, conversations);
        Messenger outgoing = (chat, message) -> messenger.get().send(chat, message);
        Core core = Core.assemble(settings, reporting, stores, outgoing, clock, () -> UUID.randomUUID().toString());
        TelegramConfig telegram = new TelegramConfig(config.telegramApiUrl(), config.botToken().orElseThrow(),
                Duration.ofSeconds(50), 100);
        TelegramChannel channel = new TelegramChannel(telegram, core.engine(),
                SqliteStores.processedUpdates(database), flood);
        messenger.set(channel.messenger());

        try {
            BotIdentity bot = channel.verify();
            LOG.info("connected to the Bot API as {}", bot);
            channel.registerCommands(settings.admins());
            config.webhook().ifPresentOrElse(
                    hook -> channel.startWebhook(hook.url(), hook.secret(), hook.port()),
                    channel::startPolling);
        } catch (RuntimeException startFailed) {
            // an invalid token or a webhook that cannot be set: release everything before saying so
            channel.close();
            database.close();
            if (redis != null) {
                redis.close();
            }
            throw startFailed;
        }

        Locks leases = redis == null ? SqliteStores.locks(database, clock) : new RedisLocks(redis, RedisKeys.DEFAULT);
        Schedules schedules = Schedules.start(settings, reporting, stores, outgoing, leases, clock);
        ScheduledExecutorService relay = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("outbox-relay").daemon(true).factory());
        relay.scheduleWithFixedDelay(() -> deliver(core), 1, 1, TimeUnit.SECONDS);

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().name("shutdown").unstarted(() -> {
            LOG.info("stopping: intake first, then in-flight updates, the outbox once more, the stores");
            channel.close();
            schedules.close();
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
