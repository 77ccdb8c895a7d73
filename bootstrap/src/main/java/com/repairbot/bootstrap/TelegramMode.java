package com.repairbot.bootstrap;

import com.repairbot.adapter.redis.RedisKeys;
import com.repairbot.adapter.redis.RedisLocks;
import com.repairbot.adapter.telegram.ChannelThreads;
import com.repairbot.adapter.telegram.TelegramChannel;
import com.repairbot.adapter.telegram.TelegramConfig;
import com.repairbot.adapter.telegram.WebhookServer;
import com.repairbot.application.ApplicationSettings;
import com.repairbot.application.assembly.Core;
import com.repairbot.application.assembly.LateBoundMessenger;
import com.repairbot.application.assembly.Reporting;
import com.repairbot.application.assembly.ScheduleSettings;
import com.repairbot.application.port.out.Locks;
import com.repairbot.bootstrap.errors.ErrorReporting;
import com.repairbot.bootstrap.health.OpsServer;
import com.repairbot.bootstrap.health.Readiness;
import com.repairbot.bootstrap.metrics.BotMetrics;
import com.repairbot.bootstrap.metrics.MicrometerChannelEvents;
import com.repairbot.bootstrap.metrics.OutboxGauges;
import com.repairbot.bootstrap.metrics.ReadinessGauges;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code repair-bot run}: the Telegram channel (long polling, or a webhook when {@code WEBHOOK_URL} is set) on
 * the stores of {@link RunStorage}; health and metrics on {@code HTTP_PORT}; the outbox delivered every second;
 * the scheduled work ({@link Schedules}); online backups on schedule; and on SIGTERM an orderly stop
 * within {@link #STOP_WITHIN}: intake first (in-flight updates finish, the offset is confirmed), the scheduled
 * work, the outbox once more while the channel can still send, the queued messages out, then the HTTP endpoint,
 * Redis and SQLite.
 */
final class TelegramMode {

    private static final Logger LOG = LoggerFactory.getLogger(TelegramMode.class);
    /** The whole stop; Docker's stop_grace_period in compose.yaml leaves room above it. */
    static final Duration STOP_WITHIN = Duration.ofSeconds(20);
    private static final Duration LAST_DELIVERY_WITHIN = Duration.ofSeconds(5);
    /** Update handlers, senders and outbox senders each (about what Telegram's 30 messages a second need). */
    private static final int CHANNEL_THREADS = 8;
    /** Outbox rows looked at per second: Telegram lets out at most 30 messages a second. */
    private static final int RELAY_BATCH = 200;

    private TelegramMode() {
    }

    static int run(Configuration config, ChannelSettings load, ApplicationSettings settings,
                   ScheduleSettings schedule, ErrorReporting errors) throws InterruptedException {
        // before the first HTTP server (health, webhook) is made: a slow client cannot hold a connection open
        WebhookServer.timeBoxRequests(Duration.ofSeconds(10));
        TlsWarmUp tls = TlsWarmUp.start(); // beside the stores' opening, on the other core
        Clock clock = Clock.systemUTC();
        BotMetrics metrics = new BotMetrics();
        RunStorage storage;
        try {
            storage = RunStorage.open(config, load, settings, metrics.registry(), clock);
        } catch (RuntimeException failed) {
            metrics.close();
            errors.close();
            throw failed;
        }

        // the core needs the channel's messenger and the channel needs the core: join them through a holder
        LateBoundMessenger outgoing = new LateBoundMessenger();
        Reporting reporting = storage.database().reporting(schedule);
        Core core = Core.builder(settings, storage.stores()).reporting(reporting).clients(config.clients())
                .messenger(outgoing).clock(clock)
                .ids(() -> UUID.randomUUID().toString()).events(storage.events())
                .soleInstance(!load.shared()) // several instances: a dialog missing may have ended on another
                .assemble();
        TelegramConfig telegram = new TelegramConfig(config.telegramApiUrl(), config.botToken().orElseThrow(),
                Duration.ofSeconds(50), 100, new MicrometerChannelEvents(metrics.registry()));
        // the composition root makes the pools the channel and the outbox work on, and stops them last
        ChannelThreads threads = ChannelThreads.standard(CHANNEL_THREADS, CHANNEL_THREADS);
        // a recipient's task mostly waits for its chat's turn under Telegram's limits: a virtual thread each, so that
        // every recipient with notifications has one queued in the send scheduler and the 30/s are used (ADR 0032)
        ExecutorService perChat = Executors.newThreadPerTaskExecutor(
                Thread.ofVirtual().name("outbox-send-", 1).factory());
        TelegramChannel channel = TelegramChannel.builder(telegram, errors.traced(core.engine()))
                .groupMoves(core.groupMoves())   // a work group upgraded to a supergroup is rebound
                .memberships(core.memberships()) // blocked, removed from a group: marked, the admins told
                .processedUpdates(storage.processedUpdates())
                .floodLimiter(storage.flood())
                .pacing(load.pacing())
                .sharedLocks(storage.chatLocks())
                .threads(threads)
                .build();
        tls.close();
        outgoing.bind(channel.messenger());

        ScheduledExecutorService relay = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("outbox-relay").daemon(true).factory());
        AtomicReference<OpsServer> http = new AtomicReference<>();
        AtomicReference<BackupSchedule> backups = new AtomicReference<>();
        AtomicReference<Schedules> schedules = new AtomicReference<>();
        // the order of the stop (ADR 0013): intake, a last outbox round while sending still works, then the rest
        Shutdown shutdown = new Shutdown(STOP_WITHIN)
                .then("the intake", channel::stopIntake)
                .then("the scheduled work", () -> closeIfSet(schedules))
                .then("the outbox relay", () -> stop(relay))
                .then("the last outbox delivery", () -> deliverWithin(core, LAST_DELIVERY_WITHIN))
                .then("the Telegram channel", channel::close)
                .then("the channel's threads", () -> {
                    stop(perChat);
                    threads.shutdown(1, TimeUnit.SECONDS);
                })
                // the relay removes what it delivered once a round: what the last sends delivered, before the stores go
                .then("the delivered notifications' removal", () -> core.relay().flushDelivered())
                // held for people in a dialog, left in a line: due again now, not when the claim's hold runs out
                .then("the notifications not sent, given back", () -> core.relay().giveBack())
                .then("the backup schedule", () -> closeIfSet(backups))
                .then("the HTTP endpoint", () -> closeIfSet(http))
                .then("the stores", storage::close)
                .then("the metrics", metrics::close)
                .then("error reporting", errors::close);

        try {
            Readiness readiness = readiness(storage, channel);
            ReadinessGauges.bind(readiness, metrics.registry());
            OutboxGauges.bind(core.relay(), metrics.registry()); // notifications refused for good, never retried
            http.set(new OpsServer(config.operations().httpPort(), readiness, metrics::scrape));
            LOG.info("health and metrics on port {}: /health/live, /health/ready, /metrics", http.get().port());
            startTakingUpdates(config, settings, channel);
        } catch (IOException | RuntimeException startFailed) {
            // an invalid token, a port in use, a webhook that cannot be set: release everything, then say so
            shutdown.run();
            throw startFailed instanceof IOException io
                    ? new UncheckedIOException("HTTP_PORT " + config.operations().httpPort() + " cannot be used: "
                    + io.getMessage(), io)
                    : (RuntimeException) startFailed;
        }

        Locks leases = storage.redis().<Locks>map(redis -> new RedisLocks(redis, RedisKeys.DEFAULT))
                .orElseGet(() -> storage.database().leases(clock));
        schedules.set(Schedules.start(settings, reporting, storage.stores(), core.authorizer(), outgoing, leases,
                clock));
        // the first round at once: what was due before a restart (or a burst met at the start) waits no second more
        relay.scheduleWithFixedDelay(() -> deliverPerChat(core, perChat), 0, 1, TimeUnit.SECONDS);
        config.operations().backupEvery().ifPresent(every -> storage.database()
                .backups(config.backupDir(), config.backupKeep(), clock)
                .ifPresentOrElse(copies -> backups.set(BackupSchedule.start(copies, every, clock)),
                        () -> LOG.info("no online backups by the bot (BACKUP_EVERY): {}", PostgresStorage.USE_PG_DUMP)));
        return runUntilSigterm(shutdown);
    }

    private static int runUntilSigterm(Shutdown shutdown) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().name("shutdown").unstarted(() -> {
            LOG.info("stopping: intake first, then in-flight updates, the outbox once more, the stores");
            shutdown.run();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }

    /** Says who the bot is, polls or sets the webhook, then sets the menus; throws when Telegram refuses. */
    private static void startTakingUpdates(Configuration config, ApplicationSettings settings,
                                           TelegramChannel channel) {
        channel.verify();
        config.webhook().ifPresentOrElse(
                hook -> channel.startWebhook(hook.url(), hook.secret(), hook.port()),
                channel::startPolling);
        // after intake starts: after a restart, people wait for their answers, not for the menus
        channel.registerCommands(settings.admins());
    }

    private static Readiness readiness(RunStorage storage, TelegramChannel channel) {
        Readiness readiness = new Readiness().with("database", storage::databaseAnswers);
        if (storage.redis().isPresent()) {
            readiness.with("redis", storage::redisAnswers);
        }
        return readiness.with("telegram", channel::healthy);
    }

    /** Each recipient's notifications on their own, so that one chat's wait holds up nobody else's. */
    private static void deliverPerChat(Core core, ExecutorService perChat) {
        try {
            core.relay().deliverDue(RELAY_BATCH, perChat);
        } catch (RuntimeException e) {
            LOG.warn("outbox delivery failed; it is retried in a second: {}", e.getClass().getSimpleName());
        }
    }

    private static void deliver(Core core) {
        try {
            core.relay().deliverDue(50);
        } catch (RuntimeException e) {
            LOG.warn("outbox delivery failed; it is retried in a second: {}", e.getClass().getSimpleName());
        }
    }

    /** One more outbox round while the channel can still send; what is left goes out after the next start. */
    private static void deliverWithin(Core core, Duration limit) {
        CompletableFuture<Void> last = CompletableFuture.runAsync(() -> deliver(core),
                work -> Thread.ofPlatform().name("last-delivery").daemon(true).start(work));
        try {
            last.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException slow) {
            LOG.warn("the last outbox delivery did not finish within {}; the rest is sent after the next start",
                    limit);
        } catch (ExecutionException e) {
            LOG.warn("the last outbox delivery failed: {}", e.getCause().getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void stop(ExecutorService executor) {
        executor.shutdown();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeIfSet(AtomicReference<? extends AutoCloseable> resource) {
        AutoCloseable value = resource.get();
        if (value == null) {
            return;
        }
        try {
            value.close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
