package com.repairbot.adapter.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.application.port.out.AuditEntry;
import com.repairbot.application.port.out.AuditLog;
import com.repairbot.application.port.out.IdempotencyKeys;
import com.repairbot.application.port.out.Notification;
import com.repairbot.application.port.out.NotificationKind;
import com.repairbot.application.port.out.Outbox;
import com.repairbot.application.port.out.PendingNotification;
import com.repairbot.application.port.out.RequestNumbers;
import com.repairbot.application.port.out.Transactions;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.staff.ChatId;
import com.repairbot.domain.staff.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A unit of work that fails after writing through several ports is rolled back alone, even when the writer
 * commits it in one group with a unit that succeeds: the failing unit's rows are gone (its request number
 * given back), the other unit's rows are kept.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SqliteGroupCommitRollbackIT {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final TemporaryDatabase databases = new TemporaryDatabase();
    private final SqliteDatabase database = databases.open();
    private final Transactions transactions = new SqliteTransactions(database);
    private final RequestNumbers numbers = new SqliteRequestNumbers(database);
    private final IdempotencyKeys keys = new SqliteIdempotencyKeys(database);
    private final Outbox outbox = new SqliteOutbox(database);
    private final AuditLog audit = new SqliteAuditLog(database);

    @AfterEach
    void closeDatabases() {
        databases.closeAll();
    }

    @ParameterizedTest(name = "the failing unit queued first: {0}")
    @ValueSource(booleans = {true, false})
    void a_unit_that_throws_leaves_nothing_behind_and_the_unit_committed_with_it_is_kept(boolean failingFirst)
            throws Exception {
        IllegalStateException refusal = new IllegalStateException("refused after writing");
        Supplier<RequestNumber> failing = () -> {
            createRequest("failing");
            throw refusal;
        };
        Supplier<RequestNumber> succeeding = () -> createRequest("kept");

        // hold the writer so that both units queue up and are drained into one group commit
        CountDownLatch writerHeld = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> blocker = CompletableFuture.runAsync(() -> transactions.write(() -> {
            writerHeld.countDown();
            awaitQuietly(release);
            return null;
        }));
        assertThat(writerHeld.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
        CompletableFuture<RequestNumber> first = queued(failingFirst ? failing : succeeding);
        CompletableFuture<RequestNumber> second = queued(failingFirst ? succeeding : failing);
        release.countDown();
        blocker.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);

        CompletableFuture<RequestNumber> failed = failingFirst ? first : second;
        CompletableFuture<RequestNumber> committed = failingFirst ? second : first;
        assertThat(committed.get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isEqualTo(new RequestNumber(1));
        assertThat(failed).failsWithin(PATIENCE).withThrowableThat().havingCause().isSameAs(refusal);

        assertThat(keys.find("failing")).isEmpty();
        assertThat(keys.find("kept")).contains(new RequestNumber(1));
        assertThat(outbox.due(NOW, 10)).extracting(PendingNotification::notification)
                .containsExactly(notification(new RequestNumber(1), "kept"));
        assertThat(audit.latest(10)).extracting(AuditEntry::details).containsExactly("kept");
        assertThat(numbers.next()).as("the number drawn by the failed unit was given back")
                .isEqualTo(new RequestNumber(2));
    }

    /** What creating a request writes besides the request: a number, the key, a notification, an audit line. */
    private RequestNumber createRequest(String key) {
        RequestNumber number = numbers.next();
        keys.remember(key, number);
        outbox.enqueue(notification(number, key), NOW);
        audit.record(new AuditEntry(NOW, new UserId(7), "request.create", Optional.of(number), key));
        return number;
    }

    private static Notification notification(RequestNumber number, String detail) {
        return new Notification(new ChatId(-100), NotificationKind.REQUEST_CREATED, number, detail);
    }

    /** Starts the unit on its own thread and returns once that thread waits for the writer. */
    private CompletableFuture<RequestNumber> queued(Supplier<RequestNumber> unit) throws InterruptedException {
        CompletableFuture<RequestNumber> result = new CompletableFuture<>();
        Thread thread = Thread.ofPlatform().start(() -> {
            try {
                result.complete(transactions.write(unit));
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!waitsForTheWriter(thread)) {
            assertThat(System.nanoTime()).as("the unit queued in time").isLessThan(deadline);
            Thread.sleep(5);
        }
        return result;
    }

    /** Parked waiting for the commit inside {@link SqliteDatabase#write}: queued, not yet run. */
    private static boolean waitsForTheWriter(Thread thread) {
        Thread.State state = thread.getState();
        return (state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING)
                && Arrays.stream(thread.getStackTrace())
                .anyMatch(frame -> frame.getClassName().equals(SqliteDatabase.class.getName())
                        && frame.getMethodName().equals("await"));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
