package com.repairbot.adapter.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.adapter.telegram.FakeBotApi.Call;
import com.repairbot.application.ApplicationSettings;
import com.repairbot.application.assembly.Core;
import com.repairbot.application.assembly.LateBoundMessenger;
import com.repairbot.application.assembly.Reporting;
import com.repairbot.application.assembly.ScheduleSettings;
import com.repairbot.application.assembly.Stores;
import com.repairbot.application.conversation.CallbackData;
import com.repairbot.application.memory.InMemoryProcessedUpdates;
import com.repairbot.application.memory.InMemoryRateLimiter;
import com.repairbot.application.port.in.HandleInboundUseCase;
import com.repairbot.application.port.out.Locks;
import com.repairbot.application.port.out.ProcessedUpdates;
import com.repairbot.application.port.out.RateLimiter;
import com.repairbot.application.testing.ForwardingProcessedUpdates;
import com.repairbot.application.testing.LinesOfCells;
import com.repairbot.domain.staff.UserId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A Telegram channel wired to the real application core (in-memory stores) and to a {@link FakeBotApi}, with
 * every log line captured. Tests talk as users: {@link #say}, {@link #press}; then wait until the bot has
 * handled the update and sent its replies.
 */
final class Harness implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(10);

    /** Fast limits so that long scripts run in seconds (the limits are still checked on the call times). */
    static final Tuning.SendLimits FAST = new Tuning.SendLimits(5, Duration.ofMillis(20), 30, Duration.ofSeconds(1),
            100, Duration.ofSeconds(1));

    static Tuning tuning(Tuning.SendLimits limits) {
        return new Tuning(Duration.ofSeconds(3),
                new Tuning.RetrySettings(Duration.ofMillis(20), Duration.ofMillis(100), 4, Duration.ofSeconds(5)),
                limits, 4, 4, Duration.ofSeconds(2), Duration.ofSeconds(10), Duration.ofSeconds(3));
    }

    static RateLimiter generousLimiter() {
        return new InMemoryRateLimiter(Clock.systemUTC(), 1000, 1000);
    }

    final FakeBotApi api;
    final LogCapture logs;
    final InMemoryProcessedUpdates processed = new InMemoryProcessedUpdates();
    /** The update ids the channel looked up among the processed ones, in order. */
    final List<Long> lookedUp = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    /** How many updates the channel reported handled and failed, as the metrics count them. */
    final Counts counts = new Counts();

    /** Counts the channel's update events, as the metrics do. */
    static final class Counts implements ChannelEvents {
        final java.util.concurrent.atomic.AtomicInteger handled = new java.util.concurrent.atomic.AtomicInteger();
        final java.util.concurrent.atomic.AtomicInteger failed = new java.util.concurrent.atomic.AtomicInteger();

        @Override
        public void updateHandled(String kind, Duration took) {
            handled.incrementAndGet();
        }

        @Override
        public void updateFailed(String kind) {
            failed.incrementAndGet();
        }
    }
    final Stores stores;
    final Core core;
    /** The channel now: {@link #restart()} replaces it with a new one, as a new process would. */
    TelegramChannel channel;
    private final Supplier<TelegramChannel> newChannel;
    final Tuning tuning;
    /** Where exports are written before they are sent (a test writer: one line per row). */
    final Path exports;

    private Harness(FakeBotApi api, LogCapture logs, Tuning tuning, RateLimiter limiter, ApplicationSettings settings,
                    HandleInboundUseCase application, Locks sharedLocks) {
        this.api = api;
        this.logs = logs;
        this.tuning = tuning;
        this.stores = Stores.inMemory(Clock.systemUTC(), Duration.ofHours(48));
        TelegramConfig config = new TelegramConfig(api.url(), FakeBotApi.TOKEN, Duration.ofSeconds(1), 100, counts);
        this.exports = temporaryFolder();
        // the core needs the channel's messenger, the channel needs the core: the core sends through the first
        // channel's messenger once it exists
        LateBoundMessenger sending = new LateBoundMessenger();
        this.core = Core.builder(settings, stores)
                .reporting(new Reporting(ScheduleSettings.defaults(), new LinesOfCells(), exports))
                .messenger(sending).clock(Clock.systemUTC()).ids(() -> UUID.randomUUID().toString()).assemble();
        HandleInboundUseCase handler = application == null ? core.engine() : application;
        this.newChannel = () -> TelegramChannel.builder(config, handler).groupMoves(core.groupMoves()).memberships(core.memberships())
                .processedUpdates(new LookUps(processed, lookedUp)).floodLimiter(limiter).tuning(tuning).clock(Clock.systemUTC())
                .sharedLocks(Optional.ofNullable(sharedLocks)).build();
        this.channel = newChannel.get();
        sending.bind(channel.messenger());
    }

    /** The processed updates, noting every look-up of one update. */
    private static final class LookUps extends ForwardingProcessedUpdates {
        private final List<Long> lookedUp;

        LookUps(ProcessedUpdates store, List<Long> lookedUp) {
            super(store);
            this.lookedUp = lookedUp;
        }

        @Override
        public boolean isProcessed(long updateId) {
            lookedUp.add(updateId);
            return super.isProcessed(updateId);
        }
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("repair-bot-exports-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The real core, configured staff: admin 1000, dispatcher 1001. */
    static Harness start(Tuning tuning, RateLimiter limiter) throws Exception {
        return start(tuning, limiter, null);
    }

    /** A channel with another application behind it (null: the real core). */
    static Harness start(Tuning tuning, RateLimiter limiter, HandleInboundUseCase application) throws Exception {
        return start(tuning, limiter, application, null);
    }

    /** A channel that shares per-chat locks with other instances (null: the only instance). */
    static Harness start(Tuning tuning, RateLimiter limiter, HandleInboundUseCase application, Locks sharedLocks)
            throws Exception {
        return start(tuning, limiter, application, sharedLocks,
                ApplicationSettings.defaults(Set.of(new UserId(1000)), Set.of(new UserId(1001))));
    }

    /** The real core with these settings (a staff group, say). */
    static Harness startWith(Tuning tuning, RateLimiter limiter, ApplicationSettings settings) throws Exception {
        return start(tuning, limiter, null, null, settings);
    }

    private static Harness start(Tuning tuning, RateLimiter limiter, HandleInboundUseCase application,
                                 Locks sharedLocks, ApplicationSettings settings) throws Exception {
        FakeBotApi api = new FakeBotApi();
        LogCapture logs = new LogCapture();
        return new Harness(api, logs, tuning, limiter, settings, application, sharedLocks);
    }

    Harness polling() {
        channel.verify();
        channel.startPolling();
        return this;
    }

    /**
     * Stops the channel and polls again with a new one on the same stores, as a process started again after a
     * crash would (it knows nothing of the updates the old one took in). Notifications still go through the
     * first channel's messenger, which stays usable for them no longer: tests of restarts use replies only.
     */
    Harness restart() {
        channel.close();
        channel = newChannel.get();
        return polling();
    }

    /** A user types something; returns when the bot has handled it and sent what it answers. */
    long say(long chat, long user, String text) {
        return settle(api.enqueue(FakeBotApi.text(chat, user, text)));
    }

    /** A user presses a button on a message; returns when handled and answered. */
    long press(long chat, long user, int messageId, String data) {
        return settle(api.enqueue(api.callback(chat, user, messageId, data)));
    }

    /** A user presses the button with that label on the last message shown in the chat. */
    long press(long chat, long user, String label) {
        Call last = lastWithButtons(chat);
        return press(chat, user, api.messageIdOf(last), last.button(label));
    }

    /**
     * A user presses the button with this data on the last message in the chat that has it; a dialog answer written
     * without its dialog ({@code d:yes}, {@code d:~confirm}) is the button with that value on the last message with
     * buttons.
     */
    long pressData(long chat, long user, String wanted) {
        String data = CallbackData.parse(wanted) instanceof CallbackData.DialogAnswer answer && answer.dialog().isEmpty()
                ? dialogData(chat, answer.value()) : wanted;
        List<Call> shown = api.shown(chat);
        for (int i = shown.size() - 1; i >= 0; i--) {
            if (shown.get(i).inlineButtons().stream().flatMap(List::stream).anyMatch(b -> b.endsWith("=" + data))) {
                return press(chat, user, api.messageIdOf(shown.get(i)), data);
            }
        }
        throw new AssertionError("no button " + data + " in chat " + chat);
    }

    /** @return the callback data of every inline button of a message */
    static List<String> data(Call message) {
        return message.inlineButtons().stream().flatMap(List::stream).map(b -> b.substring(b.lastIndexOf('=') + 1))
                .toList();
    }

    /** @return the data of the button that answers the dialog with {@code value} on the last message with buttons */
    String dialogData(long chat, String value) {
        return data(lastWithButtons(chat)).stream()
                .filter(d -> CallbackData.parse(d) instanceof CallbackData.DialogAnswer a && a.value().equals(value))
                .findFirst().orElseThrow(() -> new AssertionError("no button answering " + value + " in " + chat));
    }

    /** @return the values of the buttons of a message: a dialog answer's value, else the data */
    static List<String> values(Call message) {
        return data(message).stream().map(d -> CallbackData.parse(d) instanceof CallbackData.DialogAnswer a
                ? a.value() : d).toList();
    }

    Call lastWithButtons(long chat) {
        List<Call> shown = api.shown(chat);
        for (int i = shown.size() - 1; i >= 0; i--) {
            if (!shown.get(i).inlineButtons().isEmpty()) {
                return shown.get(i);
            }
        }
        throw new AssertionError("no message with buttons in chat " + chat);
    }

    long settle(long updateId) {
        FakeBotApi.await(WAIT, () -> processed.isProcessed(updateId) && channel.quiet(), "update " + updateId);
        return updateId;
    }

    /** Waits until nothing is being handled or sent. */
    void settleQuiet() {
        FakeBotApi.await(WAIT, channel::quiet, "the channel to be quiet");
    }

    /** @return the ids of every button press served to the channel */
    List<String> pressedCallbackIds() {
        return api.enqueuedCallbackIds();
    }

    void settleAll() {
        FakeBotApi.await(WAIT, () -> !api.hasUnconfirmedBeyond(channel.pollingOffset()) && channel.quiet(),
                "all updates");
    }

    /** @return the texts shown in the chat since the given number of shown messages */
    List<String> textsSince(long chat, int from) {
        List<Call> shown = api.shown(chat);
        return shown.subList(Math.min(from, shown.size()), shown.size()).stream().map(c -> c.param("text")).toList();
    }

    String lastText(long chat) {
        return api.lastShown(chat).param("text");
    }

    /** Checks that no log line holds the token or any of the given personal data. */
    void assertLogsClean(String... personalData) {
        for (String line : logs.lines()) {
            assertThat(line).doesNotContain(FakeBotApi.TOKEN).doesNotContain(FakeBotApi.TOKEN.split(":")[1]);
            for (String secret : personalData) {
                assertThat(line).as("a log line").doesNotContain(secret);
            }
        }
    }

    /** Personal data of the clients the tests use (the end-to-end client and the test-jar's default draft). */
    static final String[] CLIENT_DATA = {"9991234567", "79990000001", "Иванов", "Ленина"};

    /** Closes everything, then checks every line logged meanwhile for the token and the clients' data. */
    @Override
    public void close() {
        try {
            channel.close();
            api.close();
            assertLogsClean(CLIENT_DATA);
        } finally {
            logs.close();
        }
    }
}
