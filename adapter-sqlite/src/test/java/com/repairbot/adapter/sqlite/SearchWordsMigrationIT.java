package com.repairbot.adapter.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.application.port.out.SearchTerms;
import com.repairbot.domain.request.RepairRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Migration 8 writes the search words of the requests stored before it, so that they are found at once. */
class SearchWordsMigrationIT {

    @TempDir
    Path folder;

    @Test
    void requests_stored_before_version_8_are_found_by_name_and_address_after_it() throws Exception {
        Path file = folder.resolve("bot.db");
        Flyway.configure().dataSource("jdbc:sqlite:" + file, null, null).locations("classpath:db/migration/sqlite")
                .target("6").load().migrate();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO requests (number, equipment, description, client_name, client_phone,"
                    + " client_address, dispatcher_id, status, created_at, updated_at, status_since, version) VALUES"
                    + " (7, 'fridge', 'не морозит', 'Семёнова Ольга', '+79990000007', 'ул. Цветочная, д. 3', 100,"
                    + " 'NEW', '2025-03-01T09:00:00Z', '2025-03-01T09:00:00Z', '2025-03-01T09:00:00Z', 1)");
            sql.execute("INSERT INTO audit_log (at, actor, action, request, details) VALUES"
                    + " ('2025-03-01T09:00:00Z', 100, 'request.create', 7, 'fridge')");
        }
        assertThat(Files.exists(file)).isTrue();

        SqliteDatabase database = SqliteDatabase.open(file, 1);
        try {
            SqliteRepairRequests requests = new SqliteRepairRequests(database);

            assertThat(requests.search(SearchTerms.parse("семенова цвет"), Optional.empty(), 0, 10))
                    .extracting(RepairRequest::number).extracting(n -> n.value()).containsExactly(7L);
            assertThat(new SqliteAuditLog(database).latest(10)).singleElement()
                    .satisfies(entry -> assertThat(entry.action()).isEqualTo("request.create"));
        } finally {
            database.close();
        }
    }
}
