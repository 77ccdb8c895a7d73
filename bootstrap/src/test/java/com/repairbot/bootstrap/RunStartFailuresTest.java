package com.repairbot.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run} that cannot start says why in one line, exits 1, and leaves nothing open. */
class RunStartFailuresTest {

    private static final String TOKEN = "123456:ABCdefGHIjklMNOpqrSTUvwxYZ012345678";

    @TempDir
    Path folder;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void a_health_port_in_use_is_named_in_one_line() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            int exit = run(Map.of("HTTP_PORT", Integer.toString(taken.getLocalPort())));

            assertThat(exit).isEqualTo(1);
            assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("repair-bot: HTTP_PORT "
                    + taken.getLocalPort() + " cannot be used: ").hasLineCount(1);
        }
    }

    @Test
    void a_bot_api_that_cannot_be_reached_is_said_in_one_line_without_the_token() throws Exception {
        int nowhere;
        try (ServerSocket free = new ServerSocket(0)) {
            nowhere = free.getLocalPort();
        }

        int exit = run(Map.of("TELEGRAM_API_URL", "http://127.0.0.1:" + nowhere));

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("repair-bot: the Bot API cannot be reached: ")
                .hasLineCount(1).doesNotContain(TOKEN.split(":")[1]);
        // nothing left half-open: the same file is opened and migrated again at once
        assertThat(Main.run(new String[] {"migrate"}, env(Map.of()), InputStream.nullInputStream(),
                new PrintStream(OutputStream.nullOutputStream()), new PrintStream(OutputStream.nullOutputStream())))
                .isZero();
    }

    private int run(Map<String, String> extra) throws Exception {
        return Main.run(new String[] {"run"}, env(extra), InputStream.nullInputStream(),
                new PrintStream(OutputStream.nullOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Map<String, String> env(Map<String, String> extra) {
        Map<String, String> env = new HashMap<>(Map.of("BOT_TOKEN", TOKEN, "DATABASE_PATH",
                folder.resolve("repair-bot.db").toString(), "HTTP_PORT", "0", "ADMIN_IDS", "1",
                "TELEGRAM_API_URL", "http://127.0.0.1:9"));
        env.putAll(extra);
        return env;
    }
}
