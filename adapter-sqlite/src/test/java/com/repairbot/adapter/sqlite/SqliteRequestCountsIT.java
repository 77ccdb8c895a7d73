package com.repairbot.adapter.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.domain.request.Status;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The counts per status that migration 12's triggers keep (the menu's counter reads them instead of count(*) over
 * the status index, issue 19): after every kind of change, by whichever connection, they equal count(*); requests
 * stored before the migration are counted from the start.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SqliteRequestCountsIT {

    private static final List<Set<Status>> ASKED = List.of(Set.of(Status.NEW), Set.of(Status.ASSIGNED),
            Set.of(Status.NEW, Status.ASSIGNED, Status.ACCEPTED), EnumSet.allOf(Status.class), Set.of());

    @TempDir
    Path folder;

    @Test
    void the_kept_counts_equal_count_star_after_inserts_status_moves_other_changes_and_deletes() throws Exception {
        Path file = folder.resolve("bot.db");
        SqliteDatabase database = SqliteDatabase.open(file, 1);
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement sql = other.createStatement()) {
            SqliteRepairRequests requests = new SqliteRepairRequests(database);
            assertCounted(requests, sql);

            for (int n = 1; n <= 6; n++) {
                sql.execute(insert(n, "NEW"));
            }
            assertThat(requests.count(Set.of(Status.NEW))).isEqualTo(6);
            assertCounted(requests, sql);

            sql.execute("UPDATE requests SET status = 'ASSIGNED' WHERE number IN (1, 2)");
            sql.execute("UPDATE requests SET status = 'ACCEPTED' WHERE number = 2");
            sql.execute("UPDATE requests SET status = 'NEW' WHERE number = 3"); // the same status: no move
            sql.execute("UPDATE requests SET description = 'шумит' WHERE number = 4"); // not the status
            assertThat(requests.count(Set.of(Status.NEW))).isEqualTo(4);
            assertThat(requests.count(Set.of(Status.ASSIGNED))).isEqualTo(1);
            assertCounted(requests, sql);

            sql.execute("DELETE FROM requests WHERE number IN (2, 5)");
            assertThat(requests.count(Set.of(Status.NEW))).isEqualTo(3);
            assertCounted(requests, sql);

            database.write(handle -> handle.execute("UPDATE requests SET status = 'ASSIGNED' WHERE number = 6"));
            assertCounted(requests, sql);
        } finally {
            database.close();
        }
    }

    @Test
    void requests_stored_before_version_12_are_counted_after_it() throws Exception {
        Path file = folder.resolve("old.db");
        Flyway.configure().dataSource("jdbc:sqlite:" + file, null, null).locations("classpath:db/migration/sqlite")
                .target("11").load().migrate();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement sql = connection.createStatement()) {
            sql.execute(insert(1, "NEW"));
            sql.execute(insert(2, "NEW"));
            sql.execute(insert(3, "CLOSED"));
        }

        SqliteDatabase database = SqliteDatabase.open(file, 1);
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement sql = other.createStatement()) {
            SqliteRepairRequests requests = new SqliteRepairRequests(database);
            assertThat(requests.count(Set.of(Status.NEW))).isEqualTo(2);
            assertThat(requests.count(Set.of(Status.CLOSED))).isEqualTo(1);
            assertCounted(requests, sql);
        } finally {
            database.close();
        }
    }

    private static void assertCounted(SqliteRepairRequests requests, Statement sql) throws Exception {
        for (Set<Status> statuses : ASKED) {
            String filter = statuses.isEmpty() ? "" : " WHERE status IN (" + String.join(", ",
                    statuses.stream().map(s -> "'" + s.name() + "'").toList()) + ")";
            try (ResultSet counted = sql.executeQuery("SELECT count(*) FROM requests" + filter)) {
                counted.next();
                assertThat(requests.count(statuses)).as("%s", statuses).isEqualTo(counted.getInt(1));
            }
        }
    }

    private static String insert(long number, String status) {
        return "INSERT INTO requests (number, equipment, description, client_name, client_phone, client_address,"
                + " dispatcher_id, status, created_at, updated_at, status_since, version) VALUES (" + number
                + ", 'fridge', 'не морозит', 'Семёнова Ольга', '+79990000007', 'ул. Цветочная, д. 3', 100, '"
                + status + "', '2025-03-01T09:00:00Z', '2025-03-01T09:00:00Z', '2025-03-01T09:00:00Z', 1)";
    }
}
