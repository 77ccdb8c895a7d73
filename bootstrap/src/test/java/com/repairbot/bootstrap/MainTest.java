package com.repairbot.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The executable: modes, configuration errors, and the terminal channel on the embedded defaults. */
class MainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Map<String, String> env, String stdin, String... args) throws IOException {
        return Main.run(args, env, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void without_a_token_the_terminal_channel_starts_with_demo_staff() throws IOException {
        int exit = run(Map.of(), "/start\n/as 2\n/new\n/quit\n");

        String screen = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).isZero();
        assertThat(screen).contains("user 1 is admin and user 2 dispatcher")
                .contains("Главное меню. Ваши роли: администратор")
                .contains("Новая заявка. Шаг 1 из 8");
    }

    @Test
    void configured_staff_replace_the_demo_staff() throws IOException {
        int exit = run(Map.of("DISPATCHER_IDS", "42"), "/start\n");

        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("user 1 is admin")
                .contains("Главное меню. Ваши роли: диспетчер");
    }

    @Test
    void a_bad_variable_stops_with_one_line_naming_it() throws IOException {
        int exit = run(Map.of("ADMIN_IDS", "x"), "");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).strip())
                .isEqualTo("repair-bot: ADMIN_IDS: \"x\" is not a user id (a positive number)");
    }

    @Test
    void a_token_asks_for_the_telegram_channel_which_this_build_does_not_have() throws IOException {
        int exit = run(Map.of("BOT_TOKEN", "123456:ABCdefGHIjklMNOpqrSTUvwxYZ012345678"), "");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Telegram channel is not part of this build")
                .doesNotContain("ABCdefGHI");
    }

    @Test
    void an_unknown_mode_is_refused() throws IOException {
        assertThat(run(Map.of(), "", "fly")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown mode \"fly\"");
    }
}
