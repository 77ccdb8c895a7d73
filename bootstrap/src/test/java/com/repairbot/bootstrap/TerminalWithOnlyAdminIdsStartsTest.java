package com.repairbot.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ADMIN_IDS=5 repair-bot} (no dispatcher configured) starts the terminal as admin 5 instead of crashing. */
class TerminalWithOnlyAdminIdsStartsTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Map<String, String> env) throws IOException {
        return Main.run(new String[0], env, new ByteArrayInputStream("/start\n/quit\n".getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void only_admin_ids_set_starts_the_terminal_as_that_admin() throws IOException {
        int exit = run(Map.of("ADMIN_IDS", "5", "DATABASE_PATH", folder.resolve("bot.db").toString()));

        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("5> ").contains("администратор");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void only_dispatcher_ids_set_starts_the_terminal_as_that_dispatcher() throws IOException {
        int exit = run(Map.of("DISPATCHER_IDS", "7", "DATABASE_PATH", folder.resolve("bot.db").toString()));

        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("7> ").contains("диспетчер");
    }
}
