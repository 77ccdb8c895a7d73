package com.repairbot.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.adapter.postgres.PostgresDatabase;
import com.repairbot.adapter.postgres.PostgresImport;
import com.repairbot.adapter.postgres.PostgresLocation;
import com.repairbot.adapter.postgres.PostgresStores;
import com.repairbot.adapter.postgres.testing.PrivatePostgres;
import com.repairbot.adapter.sqlite.SqliteDatabase;
import com.repairbot.adapter.sqlite.SqliteExport;
import com.repairbot.adapter.sqlite.SqliteStores;
import com.repairbot.application.assembly.Stores;
import com.repairbot.application.port.out.AuditEntry;
import com.repairbot.application.port.out.CardPlacement;
import com.repairbot.application.port.out.Notification;
import com.repairbot.application.port.out.NotificationKind;
import com.repairbot.application.port.out.PendingNotification;
import com.repairbot.application.port.out.PostedMessage;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.request.Status;
import com.repairbot.domain.staff.ChatId;
import com.repairbot.domain.staff.UserId;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code migrate-data}: a SQLite file made by the product (the terminal, then every other kind of row through the
 * stores) is copied into an empty PostgreSQL database, verified table by table, and the bot goes on from there
 * on PostgreSQL: a dialog left half-way continues, request numbers continue, the pending notifications wait.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class MigrateDataIT {

    private static final String PASSWORD = "migr4te-Secret";
    private static final Instant LATER = Instant.parse("2099-01-01T00:00:00.123456789Z");

    @TempDir
    Path folder;

    private PostgresLocation target;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void emptyTarget() {
        target = PrivatePostgres.server().newDatabase();
    }

    @AfterEach
    void dropIt() {
        PrivatePostgres.server().drop(target);
    }

    private Path file() {
        return folder.resolve("data/repair-bot.db");
    }

    private int run(Map<String, String> extra, String stdin, String... args) throws IOException {
        out.reset();
        err.reset();
        Map<String, String> env = new HashMap<>(Map.of("DATABASE_PATH", file().toString()));
        env.putAll(extra);
        return Main.run(args, env, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String screen() {
        return out.toString(StandardCharsets.UTF_8).replace('\u00A0', ' ').replace('\u202F', ' ');
    }

    /** A company's file: a request entered, a second one half-way, and a row in every other table. */
    private void aCompanyOnSqlite() throws IOException {
        run(Map.of(), "/as 2\n/new\n1\n89991234567\nНе сливает воду, шумит\nИванов Иван\n"
                + "г. Москва, ул. Ленина, д. 10, кв. 5\n#2\n#2\n1\n/quit\n");
        assertThat(screen()).contains("✅ Заявка #1 создана.");
        run(Map.of(), "/as 2\n/new\n1\n89991234568\nСломался барабан, стучит\nПетров Пётр\n/quit\n");
        try (SqliteDatabase database = SqliteDatabase.open(file(), 1)) {
            Stores stores = SqliteStores.on(database, Clock.systemUTC(), Duration.ofDays(2));
            stores.outbox().enqueue(new Notification(new ChatId(-1003), NotificationKind.STATUS_CHANGED,
                    new RequestNumber(1), "NEW"), LATER);
            stores.audit().record(new AuditEntry(Instant.parse("2026-11-30T10:00:00.987654321Z"), new UserId(1),
                    "role.grant", Optional.empty(), "3 TECHNICIAN"));
            stores.ledger().ranSlot("daily-report", Instant.parse("2026-11-30T05:00:00Z"));
            stores.ledger().firstTime(new RequestNumber(1), Status.NEW, "overdue", Instant.now());
            stores.placements().remember(new CardPlacement(new RequestNumber(1), new PostedMessage(new ChatId(-1003),
                    77)));
            SqliteStores.processedUpdates(database).markProcessed(900_001, Instant.now());
            SqliteStores.locks(database, Clock.systemUTC()).tryAcquire("job:overdue", Duration.ofMinutes(10));
            stores.staff().grant(new UserId(3), com.repairbot.domain.staff.Role.TECHNICIAN);
            stores.staff().saveTechnician(new com.repairbot.domain.staff.Technician(new UserId(3),
                    new com.repairbot.domain.contact.PhoneNumber("+79990001122"),
                    new com.repairbot.domain.staff.Specialization("стиральные машины"), true,
                    Optional.of(new ChatId(-1003))));
            stores.clients().save(com.repairbot.domain.client.ClientAccount.first(new UserId(7_000_000_001L), "en",
                    Optional.of("qr-site")).withPhone(new com.repairbot.domain.contact.PhoneNumber("+79991234567")));
            stores.unreachable().mark(new com.repairbot.application.port.out.UnreachableMark(new ChatId(-1004),
                    com.repairbot.application.port.out.UnreachableMark.Reason.REMOVED,
                    Instant.parse("2026-11-30T11:00:00.123456789Z")));
            SqliteExport.inSnapshot(database, snapshot -> {
                for (String table : SqliteExport.TABLES) {
                    long[] rows = {0};
                    snapshot.rows(table, row -> rows[0]++);
                    assertThat(rows[0]).as("rows of " + table + " in the file").isPositive();
                }
                return null;
            });
        }
    }

    @Test
    void everything_is_copied_verified_and_the_bot_goes_on_from_there_on_postgresql() throws IOException {
        aCompanyOnSqlite();

        int exit = run(Map.of(), "", "migrate-data", "--to", PostgresModesIT.url(target, PASSWORD));

        assertThat(exit).as(screen() + err.toString(StandardCharsets.UTF_8)).isZero();
        for (String table : SqliteExport.TABLES) {
            assertThat(screen()).containsPattern("(?m)^" + table + ": [1-9]\\d* rows, sha256 [0-9a-f]{16} - same in"
                    + " PostgreSQL$");
        }
        assertThat(screen()).contains("request numbers continue at #2");
        assertThat(screen() + err.toString(StandardCharsets.UTF_8)).doesNotContain(PASSWORD);
        try (PostgresDatabase copy = PostgresDatabase.open(target, 2)) {
            List<PendingNotification> waiting = PostgresStores.on(copy, Clock.systemUTC(), Duration.ofDays(2))
                    .outbox().due(LATER, 10);
            assertThat(waiting).extracting(p -> p.notification().recipient()).contains(new ChatId(-1003));
        }

        Map<String, String> onPostgres = Map.of("DATABASE_URL", PostgresModesIT.url(target, PASSWORD));
        run(onPostgres, "/as 2\nг. Москва, ул. Мира, д. 1\n#2\n#2\n1\n/quit\n");
        assertThat(screen()).contains("✅ Заявка #2 создана.").contains("Клиент: Петров Пётр");
        run(onPostgres, "/as 2\n/card 1\n/quit\n");
        assertThat(screen()).contains("Заявка #1 · Новая").contains("Проблема: Не сливает воду, шумит");
    }

    @Test
    void a_target_that_holds_data_is_refused_and_left_as_it_was() throws IOException {
        aCompanyOnSqlite();
        assertThat(run(Map.of(), "", "migrate-data", "--to", PostgresModesIT.url(target, PASSWORD))).isZero();

        int again = run(Map.of(), "", "migrate-data", "--to", PostgresModesIT.url(target, PASSWORD));

        assertThat(again).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("is not empty").contains("nothing was copied");
        try (PostgresDatabase copy = PostgresDatabase.open(target, 2)) {
            assertThat(PostgresImport.nonEmptyTables(copy)).containsEntry("requests", 1L);
        }
    }

    @Test
    void without_a_target_it_says_how_to_call_it() throws IOException {
        assertThat(run(Map.of(), "", "migrate-data")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("migrate-data --to postgresql://");
    }
}
