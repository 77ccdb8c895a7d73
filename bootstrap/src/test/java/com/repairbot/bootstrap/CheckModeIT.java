package com.repairbot.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.adapter.telegram.FakeTelegram;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code repair-bot check} against the real things: a fake Bot API over HTTP, the local Redis (database 7,
 * only PINGed) or a port where nothing listens, and database paths that can or cannot be written.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CheckModeIT {

    /** The local Redis the tests use; this class only PINGs it. */
    private static final String REDIS = LocalRedis.url();

    @TempDir
    Path folder;

    private FakeTelegram telegram;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @BeforeEach
    void startTheFakeBotApi() throws IOException {
        telegram = new FakeTelegram(Duration.ofSeconds(10));
    }

    @AfterEach
    void stopIt() {
        telegram.close();
    }

    @Test
    void everything_reachable_passes_with_one_line_per_check_and_exit_status_0() throws Exception {
        int exit = check(Map.of("REDIS_URL", REDIS));

        assertThat(exit).as(String.join("\n", lines())).isZero();
        assertThat(lines()).containsExactly("configuration: ok",
                "database: ok - writable: " + folder.resolve("data/repair-bot.db").toAbsolutePath(),
                "redis: ok - PING answered by " + LocalRedis.shown(),
                "telegram: ok - getMe answered: @repair_test_bot (123456789)");
    }

    @Test
    void a_wrong_token_fails_the_telegram_check_in_one_line_without_showing_the_token() throws Exception {
        telegram.acceptOnly("4242424242:AAAnotTheTokenTheBotHas_0123456789abcd");

        int exit = check(Map.of());

        assertThat(exit).isEqualTo(1);
        assertThat(lines()).hasSize(4).contains("redis: skipped - REDIS_URL not set; conversation state in the"
                + " database");
        assertThat(line("telegram")).isEqualTo("telegram: failed - the Bot API refused the token (BOT_TOKEN or"
                + " BOT_TOKEN_FILE): the bot token is invalid");
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain(FakeTelegram.TOKEN.split(":")[1]);
    }

    @Test
    void an_unreachable_redis_fails_the_redis_check_in_one_line_with_the_password_masked() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort(); // closed again: nothing listens there
        }

        int exit = check(Map.of("REDIS_URL", "redis://:pa55word@127.0.0.1:" + port + "/7"));

        assertThat(exit).isEqualTo(1);
        assertThat(lines()).hasSize(4);
        assertThat(line("redis")).isEqualTo("redis: failed - no answer to PING from redis://:***@127.0.0.1:" + port
                + "/7 (REDIS_URL)");
        assertThat(line("telegram")).startsWith("telegram: ok");
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("pa55word");
    }

    @Test
    void a_database_path_under_a_file_fails_the_configuration_in_one_line_naming_the_variable() throws Exception {
        Path notAFolder = Files.writeString(folder.resolve("a-file"), "x");
        Path database = notAFolder.resolve("repair-bot.db");

        int exit = check(Map.of("DATABASE_PATH", database.toString()));

        assertThat(exit).isEqualTo(1);
        assertThat(lines()).containsExactly("configuration: failed - DATABASE_PATH: cannot create the folder of \""
                + database + "\": " + notAFolder.toAbsolutePath() + " is a file");
    }

    private int check(Map<String, String> extra) throws IOException {
        out.reset();
        Map<String, String> env = new HashMap<>(Map.of("BOT_TOKEN", FakeTelegram.TOKEN, "TELEGRAM_API_URL",
                telegram.url().toString(), "DATABASE_PATH", folder.resolve("data/repair-bot.db").toString()));
        env.putAll(extra);
        return Main.run(new String[] {"check"}, env, InputStream.nullInputStream(),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(OutputStream.nullOutputStream()));
    }

    private List<String> lines() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private String line(String check) {
        return lines().stream().filter(l -> l.startsWith(check + ":")).findFirst()
                .orElseThrow(() -> new AssertionError("no " + check + " line in " + lines()));
    }
}
