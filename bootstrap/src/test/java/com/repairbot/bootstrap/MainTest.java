package com.repairbot.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The executable: modes, configuration errors, and the terminal channel on the SQLite file. */
class MainTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private Path database() {
        return folder.resolve("data").resolve("repair-bot.db");
    }

    private int run(Map<String, String> extra, String stdin, String... args) throws IOException {
        out.reset();
        err.reset();
        // any free port for health and metrics: a test must not depend on 8080 being free on the machine
        Map<String, String> env = new HashMap<>(Map.of("DATABASE_PATH", database().toString(), "HTTP_PORT", "0"));
        env.putAll(extra);
        return Main.run(args, env, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String screen() {
        return out.toString(StandardCharsets.UTF_8).replace('\u00A0', ' ').replace('\u202F', ' ');
    }

    @Test
    void without_a_token_the_terminal_channel_starts_with_demo_staff_and_a_new_database_file() throws IOException {
        int exit = run(Map.of(), "/start\n/as 2\n/new\n/quit\n");

        assertThat(exit).isZero();
        assertThat(screen()).contains("user 1 is admin and user 2 dispatcher")
                .contains("Главное меню. Ваши роли: администратор")
                .contains("Новая заявка. Шаг 1 из 8");
        assertThat(database()).exists();
    }

    @Test
    void the_terminal_keeps_requests_and_a_dialog_left_half_way_across_restarts() throws IOException {
        run(Map.of(), "/as 2\n/new\n1\n89991234567\nНе сливает воду, шумит\nИванов Иван\n/quit\n");

        run(Map.of(), "/as 2\nг. Москва, ул. Ленина, д. 10, кв. 5\n#2\n#2\n1\n/quit\n");
        assertThat(screen()).contains("Шаг 6 из 8").contains("✅ Заявка #1 создана.")
                .contains("Клиент: Иванов Иван");

        run(Map.of(), "/as 2\n/card 1\n/quit\n");
        assertThat(screen()).contains("Заявка #1 · Новая").contains("Проблема: Не сливает воду, шумит");
    }

    @Test
    void the_terminal_writes_xlsx_and_csv_exports_beside_the_database_and_prints_where() throws IOException {
        run(Map.of(), "/as 2\n/new\n1\n89991234567\nНе сливает воду, шумит\nИванов Иван\nг. Москва, ул. Ленина, д. 10, кв. 5\n"
                + "#2\n#2\n1\n/report today\n/export xlsx\n/export csv week\n/quit\n");

        assertThat(screen()).contains("📊 Отчёт за сегодня").contains("Заявок принято: 1");
        java.util.List<Path> files = java.util.regex.Pattern.compile("📎 (/\\S+)").matcher(screen()).results()
                .map(m -> Path.of(m.group(1))).toList();
        assertThat(files).hasSize(2).allSatisfy(file -> assertThat(file).startsWith(database().getParent()
                .resolve("exports").toAbsolutePath()).isRegularFile());
        byte[] xlsx = java.nio.file.Files.readAllBytes(files.get(0));
        assertThat(new String(xlsx, 0, 2, StandardCharsets.ISO_8859_1)).as("a zip file").isEqualTo("PK");
        assertThat(java.nio.file.Files.readString(files.get(1))).contains("Иванов Иван", "Итого,1");
    }

    @Test
    void configured_staff_replace_the_demo_staff() throws IOException {
        int exit = run(Map.of("DISPATCHER_IDS", "42"), "/start\n");

        assertThat(exit).isZero();
        assertThat(screen()).doesNotContain("user 1 is admin").contains("Главное меню. Ваши роли: диспетчер");
    }

    @Test
    void a_bad_variable_stops_with_one_line_naming_it() throws IOException {
        int exit = run(Map.of("ADMIN_IDS", "x"), "");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).strip())
                .isEqualTo("repair-bot: ADMIN_IDS: \"x\" is not a user id (a positive number)");
    }

    @Test
    void a_database_path_that_cannot_be_created_stops_with_one_line_naming_it() throws IOException {
        Path file = Files.writeString(folder.resolve("not-a-folder"), "x");

        int exit = run(Map.of("DATABASE_PATH", file.resolve("repair-bot.db").toString()), "");

        assertThat(exit).isEqualTo(2); // a configuration error, found before anything is opened
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("repair-bot: DATABASE_PATH: cannot create the folder")
                .contains("not-a-folder");
    }

    @Test
    void run_with_a_token_the_bot_api_refuses_stops_with_one_line_and_never_prints_the_token() throws IOException {
        String token = "123456:ABCdefGHIjklMNOpqrSTUvwxYZ012345678";
        HttpServer api = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        api.createContext("/", exchange -> {
            byte[] body = "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(401, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        api.start();
        try {
            int exit = run(Map.of("BOT_TOKEN", token, "ADMIN_IDS", "1",
                    "TELEGRAM_API_URL", "http://127.0.0.1:" + api.getAddress().getPort()), "", "run");

            assertThat(exit).isEqualTo(1);
            assertThat(err.toString(StandardCharsets.UTF_8).strip()).startsWith("repair-bot: ")
                    .contains("token is invalid").doesNotContain(token).doesNotContain("ABCdefGHI");
            assertThat(screen()).doesNotContain("ABCdefGHI");
        } finally {
            api.stop(0);
        }
    }

    @Test
    void run_without_a_token_says_what_is_missing() throws IOException {
        assertThat(run(Map.of(), "", "run")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("run needs BOT_TOKEN or BOT_TOKEN_FILE");
    }

    @Test
    void backup_writes_a_copy_that_restore_puts_back() throws IOException {
        run(Map.of(), "/as 2\n/new\n1\n89991234567\nНе сливает воду, шумит\nИванов Иван\nг. Москва, ул. Ленина, д. 10\n"
                + "#2\n#2\n1\n/quit\n");
        Path backups = folder.resolve("backups");

        assertThat(run(Map.of("BACKUP_DIR", backups.toString()), "", "backup")).isZero();
        assertThat(screen()).startsWith("backup written: ");
        Path copy;
        try (Stream<Path> files = Files.list(backups)) {
            copy = files.filter(p -> p.getFileName().toString().endsWith(".db")).findFirst().orElseThrow();
        }

        run(Map.of(), "/as 2\n/new\n1\n89991234568\nВторая заявка, шумит\nПетров Пётр\nг. Москва, ул. Ленина, д. 12\n"
                + "#2\n#2\n1\n/quit\n");
        assertThat(screen()).contains("Заявка #2 создана");

        assertThat(run(Map.of(), "", "restore", copy.toString())).isZero();
        run(Map.of(), "/as 2\n/card 2\n/card 1\n/quit\n");
        assertThat(screen()).contains("Заявка #2 не найдена.").contains("Заявка #1 · Новая");
    }

    @Test
    void migrate_creates_the_schema_and_exits() throws IOException {
        assertThat(run(Map.of(), "", "migrate")).isZero();
        assertThat(screen()).startsWith("database ready: ");
        assertThat(database()).exists();
    }

    @Test
    void restore_without_a_file_and_an_unknown_mode_are_refused() throws IOException {
        assertThat(run(Map.of(), "", "restore")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("restore needs the backup file");
        assertThat(run(Map.of(), "", "fly")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown mode \"fly\"");
    }
}
