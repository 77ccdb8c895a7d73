package com.repairbot.adapter.telegram;

import com.pengrad.telegrambot.model.User;
import com.pengrad.telegrambot.request.DeleteWebhook;
import com.pengrad.telegrambot.request.GetMe;
import com.pengrad.telegrambot.request.SetMyCommands;
import com.pengrad.telegrambot.request.SetWebhook;
import com.repairbot.adapter.telegram.TelegramCallException.Kind;
import com.repairbot.application.port.in.HandleInboundUseCase;
import com.repairbot.application.port.in.MoveWorkGroupUseCase;
import com.repairbot.application.port.in.NoteChatMembershipUseCase;
import com.repairbot.application.port.out.Messenger;
import com.repairbot.application.port.out.Locks;
import com.repairbot.application.port.out.ProcessedUpdates;
import com.repairbot.application.port.out.RateLimiter;
import com.repairbot.domain.staff.UserId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Telegram channel: staff talk to the application through it. Updates come in by long polling or a
 * webhook and go to the application's {@link HandleInboundUseCase}; its replies, and the outbox's
 * notifications through {@link #messenger()}, go out through one send scheduler that keeps Telegram's rate
 * limits. Every Bot API call is retried as Telegram asks, and the token never appears in a log line or an
 * exception message.
 *
 * <p>Wiring: the application core needs the messenger and the channel needs the core's entry point; pass a
 * {@link HandleInboundUseCase} that forwards to the core once it is assembled.
 */
public final class TelegramChannel implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TelegramChannel.class);
    /** Longer than handling an update and sending its replies takes, retries included, but for a flood wait. */
    private static final Pattern WEBHOOK_SECRET = Pattern.compile("[A-Za-z0-9_-]{1,256}");

    private final TelegramConfig config;
    private final Tuning tuning;
    private final TelegramApi api;
    private final SendScheduler scheduler;
    private final TelegramMessenger messenger;
    private final ChatLanes lanes;
    private final ChannelThreads threads;
    private final UpdateIntake intake;
    private final GroupUpgrades upgrades;
    private final ReplyJournal journal;
    /** Several instances take this bot's updates (webhooks behind a load balancer, shared locks). */
    private final boolean shared;
    /** The threads this channel made itself (none were given), stopped on close; {@code null} otherwise. */
    private final ChannelThreads ownThreads;
    private final AtomicReference<BotIdentity> identity = new AtomicReference<>();
    private LongPolling polling;
    private WebhookServer webhook;
    private boolean closed;
    private boolean intakeStopped;

    /**
     * @param config      how to reach the Bot API
     * @param application where updates go (the core's dialog engine)
     * @return a builder for the other parts: the update ids handled and the flood limiter are required
     */
    public static Builder builder(TelegramConfig config, HandleInboundUseCase application) {
        return new Builder(config, application);
    }

    /** The one way to build a channel: each part given by name, the defaults those of production. */
    public static final class Builder {

        private final TelegramConfig config;
        private final HandleInboundUseCase application;
        private ProcessedUpdates processed;
        private RateLimiter floodLimiter;
        private MoveWorkGroupUseCase groupMoves;
        private NoteChatMembershipUseCase memberships;
        private Tuning tuning = Tuning.defaults();
        private Clock clock = Clock.systemUTC();
        private Locks sharedLocks;
        private ChannelThreads threads;

        private Builder(TelegramConfig config, HandleInboundUseCase application) {
            this.config = Objects.requireNonNull(config, "config");
            this.application = Objects.requireNonNull(application, "application");
        }

        /**
         * @param processed the update ids handled, so that a re-delivered update has one effect, with the replies
         *                  still owed for them: the reply journal (required)
         */
        public Builder processedUpdates(ProcessedUpdates processed) {
            this.processed = Objects.requireNonNull(processed, "processed");
            return this;
        }

        /** @param floodLimiter the per-user token bucket against incoming floods (required) */
        public Builder floodLimiter(RateLimiter floodLimiter) {
            this.floodLimiter = Objects.requireNonNull(floodLimiter, "floodLimiter");
            return this;
        }

        /**
         * @param groupMoves told when Telegram upgrades a group to a supergroup (its chat id changes): technicians'
         *                   work groups are rebound and the old chat's cards forgotten. Without it messages for the
         *                   old group still go to the new one, but nothing stored changes.
         */
        public Builder groupMoves(MoveWorkGroupUseCase groupMoves) {
            this.groupMoves = Objects.requireNonNull(groupMoves, "groupMoves");
            return this;
        }

        /**
         * @param memberships told when a person blocks or unblocks the bot, or a group removes it or adds it back
         *                    ({@code my_chat_member}): such chats are marked, the admins told of a lost work group.
         *                    Without it the change is only logged.
         */
        public Builder memberships(NoteChatMembershipUseCase memberships) {
            this.memberships = Objects.requireNonNull(memberships, "memberships");
            return this;
        }

        /** @param pacing how outgoing messages are paced (default {@link SendPacing#TELEGRAM_LIMITS}) */
        public Builder pacing(SendPacing pacing) {
            this.tuning = tuning.withPacing(Objects.requireNonNull(pacing, "pacing"));
            return this;
        }

        /**
         * @param sharedLocks when several instances take updates: the locks they share, so that each chat's
         *                    updates stay in order across them ({@code chat:<id>}); empty for a single instance
         */
        public Builder sharedLocks(Optional<Locks> sharedLocks) {
            this.sharedLocks = sharedLocks.orElse(null);
            return this;
        }

        /**
         * @param threads the pools the channel works on, made by the assembler, who shuts them down after
         *                {@link TelegramChannel#close()}; without them the channel makes and stops its own
         */
        public Builder threads(ChannelThreads threads) {
            this.threads = Objects.requireNonNull(threads, "threads");
            return this;
        }

        /** @param tuning threads, waits and limits (tests shorten them) */
        Builder tuning(Tuning tuning) {
            this.tuning = Objects.requireNonNull(tuning, "tuning");
            return this;
        }

        /** @param clock the time of the flood limiter's waits (default the system clock) */
        Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** @return the channel, its send scheduler started; polling or the webhook are started separately */
        public TelegramChannel build() {
            Objects.requireNonNull(processed, "processedUpdates(...) was not given");
            Objects.requireNonNull(floodLimiter, "floodLimiter(...) was not given");
            return new TelegramChannel(this);
        }
    }

    private TelegramChannel(Builder parts) {
        this.config = parts.config;
        TelegramConfig config = parts.config;
        HandleInboundUseCase application = parts.application;
        ProcessedUpdates processed = parts.processed;
        RateLimiter floodLimiter = parts.floodLimiter;
        Tuning tuning = parts.tuning;
        Clock clock = parts.clock;
        Locks sharedLocks = parts.sharedLocks;
        this.shared = sharedLocks != null;
        this.tuning = tuning;
        this.api = new TelegramApi(config, tuning);
        this.ownThreads = parts.threads == null ? ChannelThreads.standard(tuning.handlers(), tuning.senders()) : null;
        ChannelThreads threads = parts.threads == null ? ownThreads : parts.threads;
        this.threads = threads;
        this.scheduler = new SendScheduler(tuning.limits(), api.retryRule(), threads.senders(), tuning.senders(),
                System::nanoTime);
        ReplyKeyboards keyboards = new ReplyKeyboards();
        GroupMoveReports reports = new GroupMoveReports(Optional.ofNullable(parts.groupMoves),
                () -> new UserId(Optional.ofNullable(identity.get()).orElseGet(this::verify).id()));
        this.upgrades = new GroupUpgrades(reports::report);
        MessageSender sender = new MessageSender(api, new TelegramRenderer(keyboards), scheduler, upgrades);
        this.messenger = new TelegramMessenger(sender, tuning.deliveryWait(), api.events());
        MembershipReports memberships = new MembershipReports(Optional.ofNullable(parts.memberships));
        // a reply refused with 403 (blocked, removed) marks the chat as my_chat_member would
        this.journal = new ReplyJournal(processed, sender, api, clock, threads.timer(),
                chat -> memberships.report(new UpdateMapper.Membership(chat, false)));
        // when no update is being handled, the reply journal writes what waits for the lanes (ADR 0038)
        this.lanes = new ChatLanes(threads.handlers(), config.maxUpdatesInFlight(), journal::writeWaitingQuietly);
        UpdateMapper mapper = new UpdateMapper(keyboards,
                () -> Optional.ofNullable(identity.get()).map(BotIdentity::username));
        this.intake = new UpdateIntake(api, mapper, upgrades, memberships, application, processed,
                new FloodGuard(floodLimiter),
                journal, lanes, clock, sharedLocks == null ? null
                        : new ChatLocks(sharedLocks, ChatLocks.HOLD, tuning.webhookWait().dividedBy(2),
                                threads.timer()),
                threads.answers(), scheduler::expectReply);
        scheduler.start();
    }

    /**
     * Asks Telegram who the bot is ({@code getMe}); call it first.
     *
     * @throws InvalidTokenException when Telegram refuses the token
     * @throws IllegalStateException when the Bot API cannot be reached (after retries)
     */
    public BotIdentity verify() {
        try {
            User me = api.call(new GetMe(), 2).user();
            BotIdentity bot = new BotIdentity(me.id(), me.username() == null ? "" : me.username());
            identity.set(bot);
            log.info("connected to the Bot API as @{} ({})", bot.username(), bot.id());
            return bot;
        } catch (TelegramCallException failed) {
            // 404 is what Telegram answers for a token that is not even shaped like one
            if (failed.kind() == Kind.UNAUTHORIZED || failed.errorCode() == 404) {
                throw new InvalidTokenException();
            }
            throw new IllegalStateException("the Bot API cannot be reached: " + failed.getMessage());
        }
    }

    /** Sets the command menus for every scope and language; a failure is logged, never thrown. */
    public void registerCommands() {
        registerCommands(List.of());
    }

    /**
     * Sets the command menus for every scope and language, and the admins' full menu in each admin's private
     * chat; a failure is logged, never thrown.
     */
    public void registerCommands(Collection<UserId> admins) {
        List<Long> adminChats = admins.stream().map(UserId::value).distinct().toList();
        int failed = 0;
        List<SetMyCommands> requests = CommandMenu.requests(adminChats);
        for (SetMyCommands request : requests) {
            try {
                api.call(request, 1);
            } catch (RuntimeException failure) {
                failed++;
                log.warn("setMyCommands failed (the bot works without its menu): {}",
                        api.redaction().forLog(failure.getMessage()));
            }
        }
        if (failed == 0) {
            log.info("command menus set ({} scopes and languages)", requests.size());
        }
    }

    /** @return the way the outbox sends notifications (at bulk priority, after interactive replies) */
    public Messenger messenger() {
        return messenger;
    }

    /** Starts long polling on its own thread (a webhook left from before is removed first). */
    public synchronized void startPolling() {
        requireIdle();
        try {
            api.call(new DeleteWebhook(), 2);
        } catch (TelegramCallException failed) {
            log.warn("deleteWebhook failed; getUpdates will report a conflict if a webhook is still set: {}",
                    failed.getMessage());
        }
        journal.start(true); // one consumer per token: whatever is owed from before is a gone process's
        polling = new LongPolling(api, intake, config.pollTimeout(), config.maxUpdatesInFlight(), tuning.retry());
        polling.start();
        log.info("long polling started");
    }

    /**
     * Starts the webhook endpoint, then tells Telegram about it with the secret token.
     *
     * @param publicUrl where Telegram posts updates (its path is the endpoint's path)
     * @param secret    the {@code secret_token}: 1–256 characters {@code A-Z a-z 0-9 _ -}
     * @param port      the local port to listen on (0: any free port)
     * @throws IllegalStateException when Telegram refuses the webhook
     */
    public synchronized WebhookServer startWebhook(URI publicUrl, String secret, int port) {
        Objects.requireNonNull(publicUrl, "publicUrl");
        if (secret == null || !WEBHOOK_SECRET.matcher(secret).matches()) {
            throw new IllegalArgumentException("the webhook secret must be 1-256 characters A-Z, a-z, 0-9, _ or -");
        }
        requireIdle();
        String path = publicUrl.getRawPath() == null || publicUrl.getRawPath().isEmpty() ? "/" : publicUrl.getRawPath();
        WebhookServer server;
        try {
            server = new WebhookServer(port, path, secret, intake, tuning.webhookWait(), threads.webhook());
        } catch (IOException e) {
            throw new UncheckedIOException("the webhook endpoint cannot listen on port " + port, e);
        }
        try {
            api.call(new SetWebhook().url(publicUrl.toString()).secretToken(secret)
                    .allowedUpdates(LongPolling.ALLOWED_UPDATES).maxConnections(40));
        } catch (TelegramCallException failed) {
            server.close();
            throw new IllegalStateException("setWebhook failed: " + failed.getMessage());
        }
        webhook = server;
        journal.start(!shared);
        log.info("webhook set");
        return server;
    }

    /** @return whether the last Bot API call reached Telegram and got a proper answer */
    public boolean healthy() {
        return api.healthy();
    }

    /**
     * @return whether no update is being handled, no message waits to be sent and every sent reply is marked
     *         in the journal (tests wait for this)
     */
    boolean quiet() {
        return lanes.inFlight() == 0 && scheduler.pending() == 0 && journal.settled();
    }

    /** @return the offset long polling confirms next (0 before the first batch) */
    long pollingOffset() {
        return polling == null ? 0 : polling.offset();
    }

    private void requireIdle() {
        if (closed || intakeStopped) {
            throw new IllegalStateException("the Telegram channel is closed");
        }
        if (polling != null || webhook != null) {
            throw new IllegalStateException("the Telegram channel is already taking updates");
        }
    }

    /**
     * Stops taking updates, lets those in flight finish and confirms the last offset (long polling), each within
     * a bounded time; messages can still be sent until {@link #close()} (so that a last outbox delivery works).
     */
    public void stopIntake() {
        synchronized (this) {
            if (intakeStopped) {
                return;
            }
            intakeStopped = true;
        }
        Duration wait = tuning.shutdownWait();
        if (polling != null) {
            polling.close(wait);
        }
        if (webhook != null) {
            webhook.close();
        }
        if (!lanes.close(wait.toMillis(), TimeUnit.MILLISECONDS)) {
            log.warn("some updates were still being handled after {}", wait);
        }
    }

    /**
     * Stops taking updates ({@link #stopIntake()}), lets queued messages go out, and closes the connections,
     * each within a bounded time.
     */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        stopIntake();
        scheduler.close(tuning.shutdownWait().toNanos());
        journal.close(); // what went out is marked; the rest stays owed for the next start
        api.close();
        if (ownThreads != null) {
            ownThreads.shutdown(1, TimeUnit.SECONDS);
        }
        log.info("Telegram channel closed");
    }
}
