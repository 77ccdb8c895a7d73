package com.repairbot.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.adapter.postgres.PostgresLocation;
import com.repairbot.adapter.postgres.testing.PrivatePostgres;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code DATABASE_URL} selects PostgreSQL (a private server the tests start, a new database per test): the
 * terminal keeps its data there across restarts, {@code migrate} and {@code check} open it, {@code backup} and
 * {@code restore} say to use {@code pg_dump}, and no output ever shows the password.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PostgresModesIT {

    private static final String PASSWORD = "s3cret-Pa55word";

    @TempDir
    Path folder;

    private PostgresLocation database;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void newDatabase() {
        database = PrivatePostgres.server().newDatabase();
    }

    @AfterEach
    void dropIt() {
        PrivatePostgres.server().drop(database);
    }

    /** @return the database as a postgresql:// URL; the private server trusts local logins, so any password works */
    static String url(PostgresLocation location, String password) {
        return location.jdbcUrl().replace("jdbc:postgresql://", "postgresql://" + location.user() + ":" + password
                + "@");
    }

    private int run(Map<String, String> extra, String stdin, String... args) throws IOException {
        out.reset();
        err.reset();
        Map<String, String> env = new HashMap<>(Map.of("DATABASE_PATH", folder.resolve("data/repair-bot.db").toString(),
                "DATABASE_URL", url(database, PASSWORD)));
        env.putAll(extra);
        return Main.run(args, env, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String screen() {
        return out.toString(StandardCharsets.UTF_8).replace('\u00A0', ' ').replace('\u202F', ' ');
    }

    private String everything() {
        return out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void the_terminal_on_postgresql_keeps_requests_and_a_dialog_left_half_way_across_restarts() throws IOException {
        run(Map.of(), "/as 2\n/new\n1\n89991234567\nНе сливает воду, шумит\nИванов Иван\n/quit\n");

        run(Map.of(), "/as 2\nг. Москва, ул. Ленина, д. 10, кв. 5\n#2\n#2\n1\n/quit\n");
        assertThat(screen()).contains("Шаг 6 из 8").contains("✅ Заявка #1 создана.");

        run(Map.of(), "/as 2\n/card 1\n/quit\n");
        assertThat(screen()).contains("Заявка #1 · Новая").contains("Проблема: Не сливает воду, шумит");
        assertThat(folder.resolve("data/repair-bot.db")).as("no SQLite file beside").doesNotExist();
        assertThat(everything()).doesNotContain(PASSWORD);
    }

    @Test
    void migrate_and_check_open_postgresql_and_say_where_without_the_password() throws IOException {
        assertThat(run(Map.of(), "", "migrate")).isZero();
        assertThat(screen()).startsWith("database ready: PostgreSQL " + database.user() + " at "
                + database.jdbcUrl());

        assertThat(run(Map.of(), "", "check")).isZero();
        assertThat(screen()).contains("database: ok - writable: PostgreSQL " + database.user() + " at "
                + database.jdbcUrl());
        assertThat(everything()).doesNotContain(PASSWORD);
    }

    @Test
    void the_password_may_come_from_a_file_instead_of_the_url() throws IOException {
        Path secret = Files.writeString(folder.resolve("db-password"), PASSWORD + "\n");

        assertThat(run(Map.of("DATABASE_URL", url(database, "").replace(":@", "@"),
                "DATABASE_PASSWORD_FILE", secret.toString()), "", "check")).isZero();
        assertThat(screen()).contains("database: ok - writable: PostgreSQL");
        assertThat(everything()).doesNotContain(PASSWORD);
    }

    @Test
    void an_unreachable_postgresql_fails_the_check_in_one_line_without_the_password() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }

        int exit = run(Map.of("DATABASE_URL", "postgresql://repair:" + PASSWORD + "@127.0.0.1:" + port + "/nowhere"),
                "", "check");

        assertThat(exit).isEqualTo(1);
        assertThat(screen()).contains("database: failed - cannot open or write PostgreSQL repair at"
                + " jdbc:postgresql://127.0.0.1:" + port + "/nowhere (DATABASE_URL): ");
        assertThat(screen().lines().filter(line -> line.startsWith("database:")).count()).isEqualTo(1);
        assertThat(everything()).doesNotContain(PASSWORD);
    }

    @Test
    void a_bad_database_url_stops_with_one_line_naming_it_and_not_its_content() throws IOException {
        int exit = run(Map.of("DATABASE_URL", "mysql://root:" + PASSWORD + "@db/x"), "", "migrate");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("repair-bot: DATABASE_URL: not a postgresql://");
        assertThat(everything()).doesNotContain(PASSWORD);
    }

    @Test
    void backup_and_restore_say_to_use_pg_dump_instead_of_copying_a_file() throws IOException {
        assertThat(run(Map.of(), "", "backup")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("pg_dump").contains("pg_restore");

        assertThat(run(Map.of(), "", "restore", folder.resolve("copy.db").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("pg_dump");
        assertThat(everything()).doesNotContain(PASSWORD);
    }
}
