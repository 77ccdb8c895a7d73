package com.repairbot.adapter.sqlite;

import static com.repairbot.adapter.sqlite.CoreOnSqlite.ADMIN;
import static com.repairbot.adapter.sqlite.CoreOnSqlite.DISPATCHER;
import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.application.port.in.AddNotesCommand;
import com.repairbot.application.port.in.ConcurrentChangeException;
import com.repairbot.application.port.in.CreateRequestCommand;
import com.repairbot.application.port.in.CreateRequestResult;
import com.repairbot.application.port.in.DeclineRequestCommand;
import com.repairbot.application.port.in.RequestCardView;
import com.repairbot.application.port.in.RequestChangeResult;
import com.repairbot.application.port.in.ViewRequestCardQuery;
import com.repairbot.application.testing.MutableClock;
import com.repairbot.application.testing.Race;
import com.repairbot.application.testing.Requests;
import com.repairbot.domain.request.Notes;
import com.repairbot.domain.request.RefusalReason;
import com.repairbot.domain.request.RepairRequest;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.request.Status;
import com.repairbot.domain.request.TransitionRefusedException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Eight threads drive the real use cases on one file at once: no {@code SQLITE_BUSY} reaches a caller, no
 * update is lost, numbers are unique and gap-free, and every request's history, audit and outbox are complete.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@Timeout(120)
class SqliteConcurrencyIT {

    private static final int THREADS = 8;
    private static final int REQUESTS_PER_THREAD = 24;

    @TempDir
    Path folder;

    private SqliteDatabase database;
    private CoreOnSqlite shop;
    /** Every exception any thread met, whatever it was. */
    private final Queue<Throwable> failures = new ConcurrentLinkedQueue<>();

    @BeforeEach
    void open() {
        database = SqliteDatabase.open(folder.resolve("repair-bot.db"), 4);
        shop = new CoreOnSqlite(database, new MutableClock(Requests.EPOCH));
        for (int t = 0; t < THREADS; t++) {
            shop.hire(t);
        }
    }

    @AfterEach
    void close() {
        database.close();
    }

    /** What thread {@code t} does with its {@code j}-th request, and where that request ends. */
    private enum Journey {
        CLOSED(List.of("->NEW", "NEW->ASSIGNED", "ASSIGNED->ACCEPTED", "ACCEPTED->ONSITE", "ONSITE->CLOSED"),
                List.of("request.create", "request.assign", "request.accept", "request.onsite", "request.complete"),
                List.of("ASSIGNED_TO_YOU>T", "CARD_UPDATE>G", "CARD_UPDATE>G", "CARD_UPDATE>G",
                        "REQUEST_ASSIGNED>G", "REQUEST_CREATED>A", "STATUS_CHANGED>D", "STATUS_CHANGED>D",
                        "STATUS_CHANGED>D")),
        ONSITE(List.of("->NEW", "NEW->ASSIGNED", "ASSIGNED->ACCEPTED", "ACCEPTED->ONSITE"),
                List.of("request.create", "request.assign", "request.accept", "request.onsite"),
                List.of("ASSIGNED_TO_YOU>T", "CARD_UPDATE>G", "CARD_UPDATE>G", "REQUEST_ASSIGNED>G",
                        "REQUEST_CREATED>A", "STATUS_CHANGED>D", "STATUS_CHANGED>D")),
        REFUSED(List.of("->NEW", "NEW->REFUSED"), List.of("request.create", "request.refuse"),
                List.of("REQUEST_CREATED>A"));

        final List<String> moves;
        final List<String> audit;
        final List<String> outbox;

        Journey(List<String> moves, List<String> audit, List<String> outbox) {
            this.moves = moves;
            this.audit = audit;
            this.outbox = outbox;
        }

        static Journey of(int j) {
            return values()[j % values().length];
        }

        Status end() {
            return Status.valueOf(name());
        }

        List<String> outboxFor(int technician) {
            return outbox.stream().map(row -> row
                            .replace(">T", ">" + CoreOnSqlite.technician(technician).value())
                            .replace(">G", ">" + CoreOnSqlite.workGroup(technician).value())
                            .replace(">A", ">" + ADMIN.value())
                            .replace(">D", ">" + DISPATCHER.value()))
                    .sorted().toList();
        }
    }

    private record Done(long number, int technician, Journey journey) {
    }

    @Test
    void eight_threads_creating_and_moving_requests_lose_nothing_and_never_see_a_busy_database() {
        Map<Long, Done> done = new ConcurrentHashMap<>();

        race(THREADS, t -> {
            for (int j = 0; j < REQUESTS_PER_THREAD; j++) {
                Journey journey = Journey.of(j + t);
                try {
                    RequestNumber number = shop.create(t * 1000 + j).number();
                    if (journey == Journey.REFUSED) {
                        assertThat(shop.refuse(number).changed()).isTrue();
                    } else {
                        assertThat(shop.assign(number, t).changed()).isTrue();
                        assertThat(shop.accept(number, t).changed()).isTrue();
                        assertThat(shop.onSite(number, t).changed()).isTrue();
                        if (journey == Journey.CLOSED) {
                            assertThat(shop.complete(number, t).changed()).isTrue();
                        }
                    }
                    done.put(number.value(), new Done(number.value(), t, journey));
                } catch (Throwable e) {
                    failures.add(e);
                }
            }
            return null;
        });

        assertNoFailures();
        int total = THREADS * REQUESTS_PER_THREAD;
        List<Long> gapFree = LongStream.rangeClosed(1, total).boxed().toList();
        assertThat(done.keySet()).containsExactlyInAnyOrderElementsOf(gapFree);
        assertThat(shop.numbers()).isEqualTo(gapFree);
        assertThat(shop.count("SELECT last FROM request_number")).isEqualTo(total);
        for (Done request : done.values()) {
            RequestCardView card = shop.useCases.card().view(new ViewRequestCardQuery(ADMIN,
                    new RequestNumber(request.number())));
            RepairRequest stored = card.request();
            assertThat(card.history()).as("history of #%d", request.number())
                    .hasSize(request.journey().moves.size());
            assertThat(stored.status()).as("#%d", request.number()).isEqualTo(request.journey().end());
            assertThat(stored.version()).as("#%d", request.number()).isEqualTo(request.journey().moves.size());
            assertThat(shop.moves(request.number())).as("history of #%d", request.number())
                    .isEqualTo(request.journey().moves);
            assertThat(shop.auditActions(request.number())).as("audit of #%d", request.number())
                    .isEqualTo(request.journey().audit);
            assertThat(shop.outbox(request.number())).as("outbox of #%d", request.number())
                    .isEqualTo(request.journey().outboxFor(request.technician()));
        }
        assertThat(shop.count("SELECT count(*) FROM audit_log WHERE request IS NULL"))
                .as("the staff set-up: technician.add and technician.bind_group for each").isEqualTo(2L * THREADS);
    }

    @Test
    void of_eight_technicians_pressing_accept_at_once_exactly_one_changes_the_request() {
        RequestNumber number = shop.create(1).number();
        shop.assign(number, 0);

        List<RequestChangeResult> results = race(THREADS, t -> attempt(() -> shop.accept(number, 0)));

        assertNoFailures();
        assertThat(results.stream().filter(r -> r != null && r.changed())).hasSize(1);
        assertThat(shop.moves(number.value())).containsExactly("->NEW", "NEW->ASSIGNED", "ASSIGNED->ACCEPTED");
        assertThat(shop.auditActions(number.value())).containsExactly("request.create", "request.assign",
                "request.accept");
        assertThat(shop.count("SELECT version FROM requests WHERE number = ?", number.value())).isEqualTo(3);
        assertThat(shop.count("SELECT count(*) FROM outbox WHERE request = ? AND kind = 'STATUS_CHANGED'",
                number.value())).isEqualTo(1);
    }

    @Test
    void when_accept_and_decline_race_on_one_request_exactly_one_wins_and_the_others_are_refused() {
        RequestNumber number = shop.create(1).number();
        shop.assign(number, 0);
        Queue<Throwable> refusals = new ConcurrentLinkedQueue<>();

        List<RequestChangeResult> results = race(THREADS, t -> {
            try {
                return t % 2 == 0
                        ? shop.accept(number, 0)
                        : shop.useCases.decline().decline(new DeclineRequestCommand(CoreOnSqlite.technician(0),
                                number, new RefusalReason("Нет запчастей")));
            } catch (ConcurrentChangeException | TransitionRefusedException e) {
                refusals.add(e);
                return null;
            } catch (Throwable e) {
                failures.add(e);
                return null;
            }
        });

        assertNoFailures();
        List<RequestChangeResult> winners = results.stream().filter(r -> r != null && r.changed()).toList();
        assertThat(winners).hasSize(1);
        Status won = winners.getFirst().request().status();
        assertThat(shop.moves(number.value())).containsExactly("->NEW", "NEW->ASSIGNED", "ASSIGNED->" + won);
        assertThat(shop.count("SELECT version FROM requests WHERE number = ?", number.value())).isEqualTo(3);
        assertThat(shop.count("SELECT count(*) FROM requests WHERE number = ? AND status = ?", number.value(),
                won.name())).isEqualTo(1);
        // those who lost to the other button were refused; those who lost to their own were told "no change"
        assertThat(refusals.size() + results.stream().filter(r -> r != null && !r.changed()).count())
                .isEqualTo(THREADS - 1);
    }

    @Test
    void notes_added_by_eight_threads_at_once_are_all_kept() {
        RequestNumber number = shop.create(1).number();
        int perThread = 5;

        race(THREADS, t -> {
            for (int i = 0; i < perThread; i++) {
                String piece = "t" + t + "n" + i;
                attempt(() -> shop.useCases.addNotes().addNotes(new AddNotesCommand(ADMIN, number,
                        new Notes(piece))));
            }
            return null;
        });

        assertNoFailures();
        String notes = database.read(handle -> handle.createQuery("SELECT notes FROM requests WHERE number = ?")
                .bind(0, number.value()).mapTo(String.class).one());
        List<String> expected = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            for (int i = 0; i < perThread; i++) {
                expected.add("t" + t + "n" + i);
            }
        }
        assertThat(notes.split("\n")).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(shop.count("SELECT version FROM requests WHERE number = ?", number.value()))
                .isEqualTo(1 + THREADS * perThread);
        assertThat(shop.count("SELECT count(*) FROM request_history WHERE number = ?", number.value()))
                .isEqualTo(1 + THREADS * perThread);
    }

    @Test
    void eight_confirms_with_the_same_key_at_once_create_one_request() {
        String key = "dialog-42";

        List<CreateRequestResult> results = race(THREADS, t -> attempt(() -> shop.useCases.create().create(
                new CreateRequestCommand(DISPATCHER, Requests.draft(), key))));

        assertNoFailures();
        assertThat(results.stream().filter(CreateRequestResult::created)).hasSize(1);
        assertThat(results.stream().map(r -> r.request().number().value()).distinct()).containsExactly(1L);
        assertThat(shop.numbers()).containsExactly(1L);
        assertThat(shop.count("SELECT last FROM request_number")).isEqualTo(1);
    }

    // --- helpers

    private <T> T attempt(Supplier<T> call) {
        try {
            return call.get();
        } catch (ConcurrentChangeException e) {
            return null; // the contract's answer to losing a race: nothing changed by this call
        } catch (Throwable e) {
            failures.add(e);
            return null;
        }
    }

    /** Fails with every exception met; a busy or locked database is named first, as the worst of them. */
    private void assertNoFailures() {
        List<Throwable> busy = failures.stream().filter(SqliteConcurrencyIT::mentionsBusy).toList();
        assertThat(busy).as("exceptions mentioning SQLITE_BUSY or a locked database").isEmpty();
        assertThat(failures).as("exceptions met by the threads").isEmpty();
    }

    private static boolean mentionsBusy(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (message.contains("SQLITE_BUSY") || message.contains("database is locked")
                    || message.contains("SQLITE_LOCKED")) {
                return true;
            }
        }
        return false;
    }

    /** Runs {@code task} on {@code threads} threads released together; @return their results in thread order. */
    private static <T> List<T> race(int threads, IntFunction<T> task) {
        return Race.run(threads, task);
    }

}
