package com.repairbot.adapter.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Defect: every start ran Flyway over a schema that was already current — loading it, finding the migrations in
 * the jar and checksumming each was a fifth of the start-up's main thread, and the load rig's restart after
 * {@code kill -9} took longer than its second. A current schema now opens without Flyway; anything else is still
 * Flyway's.
 */
class ACurrentSchemaOpensWithoutFlywayIT {

    private static final Pattern VERSION = Pattern.compile("V(\\d+)__.*\\.sql");

    @TempDir
    Path folder;

    @Test
    void the_version_flyway_is_skipped_at_is_the_highest_migration_shipped() throws Exception {
        Path migrations = Path.of("src/main/resources/db/migration/sqlite"); // the module's folder (tests run there)
        try (Stream<Path> files = Files.list(migrations)) {
            int highest = files.map(file -> VERSION.matcher(file.getFileName().toString()))
                    .filter(Matcher::matches).mapToInt(found -> Integer.parseInt(found.group(1))).max().orElseThrow();
            assertThat(SqliteDatabase.SCHEMA_VERSION).isEqualTo(highest);
        }
    }

    @Test
    void a_current_schema_opens_without_flyway_looking_at_it() throws Exception {
        Path file = folder.resolve("bot.db");
        SqliteDatabase.open(file, 1).close();
        // a changed checksum is what Flyway's validation refuses: an open that passes it never ran Flyway
        sql(file, "UPDATE flyway_schema_history SET checksum = 1 WHERE version = '1'");

        assertThat(SqliteDatabase.current(file)).isTrue();
        SqliteDatabase.open(file, 1).close();
    }

    @Test
    void a_new_an_older_or_a_failed_schema_is_flywayed_as_before() throws Exception {
        Path file = folder.resolve("bot.db");
        assertThat(SqliteDatabase.current(file)).isFalse();
        Flyway.configure().dataSource("jdbc:sqlite:" + file, null, null).locations("classpath:db/migration/sqlite")
                .target("6").load().migrate();
        assertThat(SqliteDatabase.current(file)).isFalse();

        SqliteDatabase.open(file, 1).close(); // migrated on to the current version
        assertThat(SqliteDatabase.current(file)).isTrue();

        sql(file, "UPDATE flyway_schema_history SET success = 0 WHERE version = '11'");
        assertThat(SqliteDatabase.current(file)).isFalse();
    }

    private static void sql(Path file, String statement) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement sql = connection.createStatement()) {
            sql.execute(statement);
        }
    }
}
