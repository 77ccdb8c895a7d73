package com.repairbot.adapter.sqlite;

import static com.repairbot.application.testing.Requests.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.repairbot.application.port.out.Notification;
import com.repairbot.application.port.out.NotificationKind;
import com.repairbot.application.port.out.PendingNotification;
import com.repairbot.application.port.out.SearchTerms;
import com.repairbot.domain.contact.Address;
import com.repairbot.domain.contact.Client;
import com.repairbot.domain.contact.PersonName;
import com.repairbot.domain.contact.PhoneNumber;
import com.repairbot.domain.request.RepairRequest;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.staff.ChatId;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The statements kept prepared per connection (ADR 0036): a kept query ends its read, a refused statement is
 * dropped and names no values, multi-row INSERTs keep their rows' order whatever their count.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@Timeout(60)
class SqlitePreparedStatementsIT {

    private static final Instant T = Instant.parse("2026-12-02T10:00:00Z");

    @TempDir
    Path folder;

    private Path file;
    private SqliteDatabase database;

    @BeforeEach
    void open() {
        file = folder.resolve("repair-bot.db");
        database = SqliteDatabase.open(file, 1); // one reader: every read below runs on the same connection
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void a_reader_that_ran_a_kept_query_sees_what_is_committed_after_it() {
        SqliteProcessedUpdates processed = new SqliteProcessedUpdates(database);
        assertThat(processed.isProcessed(7)).isFalse();

        assertThat(processed.markProcessed(7, T)).isTrue();

        assertThat(processed.isProcessed(7)).isTrue();
        assertThat(processed.markProcessed(7, T)).isFalse();
    }

    @Test
    void a_kept_query_leaves_no_read_open_that_would_hold_back_a_checkpoint() throws Exception {
        SqliteProcessedUpdates processed = new SqliteProcessedUpdates(database);
        processed.markProcessed(1, T);
        assertThat(processed.isProcessed(1)).isTrue();
        new SqliteStaff(database).grantedRoles(new com.repairbot.domain.staff.UserId(5));
        processed.markProcessed(2, T);

        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = other.createStatement();
             ResultSet result = statement.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
            result.next();
            assertThat(result.getInt(1)).as("busy: a reader still holds a snapshot").isZero();
        }
    }

    @Test
    void an_insert_runs_no_query_for_generated_keys_nobody_reads() {
        // sqlite-jdbc's default: after each INSERT it prepares and runs "SELECT last_insert_rowid()" for
        // getGeneratedKeys() — 15 % of the writer's CPU in the rig (issue 19); nothing here reads them
        boolean writerAsks = database.write(handle -> handle.getConnection().unwrap(org.sqlite.SQLiteConnection.class)
                .getConnectionConfig().isGetGeneratedKeys());
        boolean readerAsks = database.read(handle -> handle.getConnection().unwrap(org.sqlite.SQLiteConnection.class)
                .getConnectionConfig().isGetGeneratedKeys());

        assertThat(writerAsks).isFalse();
        assertThat(readerAsks).isFalse();
    }

    @Test
    void a_refused_statement_names_the_sql_not_the_values_and_the_next_use_prepares_it_again() {
        String sql = "INSERT INTO idempotency_keys (key, number) VALUES (?, ?)";
        String secret = "+79991234567 Иванов";
        database.write(handle -> database.update(handle, sql, statement -> {
            statement.setString(1, secret);
            statement.setLong(2, 1);
        }));

        assertThatThrownBy(() -> database.write(handle -> database.update(handle, sql, statement -> {
            statement.setString(1, secret);
            statement.setLong(2, 2);
        }))).isInstanceOf(SqliteStatementException.class)
                .hasMessageContaining("idempotency_keys")
                .hasMessageNotContaining("79991234567").hasMessageNotContaining("Иванов");

        int inserted = database.write(handle -> database.update(handle, sql, statement -> {
            statement.setString(1, "another");
            statement.setLong(2, 3);
        }));
        assertThat(inserted).isEqualTo(1);
        assertThat(new SqliteIdempotencyKeys(database).find("another")).contains(new RequestNumber(3));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 49, 64, 65, 130})
    void announcements_to_many_recipients_are_all_written_in_their_order(int recipients) {
        SqliteOutbox outbox = new SqliteOutbox(database);
        List<Notification> all = IntStream.range(0, recipients)
                .mapToObj(i -> new Notification(new ChatId(1000 + i), NotificationKind.REQUEST_CREATED,
                        new RequestNumber(9), "detail " + i))
                .toList();

        outbox.enqueueAll(all, T);

        List<PendingNotification> due = outbox.due(T, 1000);
        assertThat(due).extracting(PendingNotification::notification).containsExactlyElementsOf(all);
        assertThat(due).extracting(PendingNotification::id).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void more_ids_than_a_statement_could_bind_are_held_and_delivered_by_one_statement_each() {
        SqliteOutbox outbox = new SqliteOutbox(database);
        List<Notification> all = IntStream.range(0, 1_200)
                .mapToObj(i -> new Notification(new ChatId(1000 + i), NotificationKind.REQUEST_CREATED,
                        new RequestNumber(9), null))
                .toList();
        outbox.enqueueAll(all, T);
        List<Long> ids = outbox.due(T, 2_000).stream().map(PendingNotification::id).toList();

        outbox.holdUntil(ids.subList(0, 1_100), T.plusSeconds(60));
        assertThat(outbox.due(T, 2_000)).hasSize(100);
        outbox.delivered(ids.subList(1, 1_200));

        assertThat(outbox.size()).isEqualTo(1);
        assertThat(outbox.due(T.plusSeconds(60), 10)).extracting(PendingNotification::id).containsExactly(ids.get(0));
    }

    @Test
    void a_client_of_more_words_than_one_statement_writes_is_found_by_each() {
        SqliteRepairRequests requests = new SqliteRepairRequests(database);
        String address = IntStream.range(0, 70).mapToObj(i -> "д" + i).collect(Collectors.joining(" "));
        RepairRequest added = request(1).client(new Client(new PersonName("Пётр Петров"),
                new PhoneNumber("+79990000001"), new Address(address))).build();

        requests.add(added);

        assertThat(requests.find(new RequestNumber(1))).contains(added);
        for (String word : List.of("петр", "петров", "д0", "д63", "д64", "д69")) {
            assertThat(requests.search(SearchTerms.parse(word), Optional.empty(), 0, 10))
                    .as(word).extracting(RepairRequest::number).containsExactly(new RequestNumber(1));
        }
    }

    @Test
    void statements_past_the_most_kept_are_prepared_for_their_one_use() {
        long distinct = StatementCache.MOST + 10;
        List<Integer> answers = LongStream.range(0, distinct).mapToObj(i -> database.read(handle ->
                database.findOne(handle, "SELECT " + i + " + 1", SqliteDatabase.NO_PARAMETERS, row -> row.getInt(1))
                        .orElseThrow())).toList();

        assertThat(answers).isEqualTo(LongStream.range(0, distinct).mapToObj(i -> (int) i + 1).toList());
    }
}
