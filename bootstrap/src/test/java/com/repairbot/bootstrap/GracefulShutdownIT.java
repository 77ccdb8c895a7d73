package com.repairbot.bootstrap;

import static com.repairbot.bootstrap.CreateRequestScript.DISPATCHER;
import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.adapter.telegram.FakeTelegram;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM to a real {@code repair-bot run} process in the middle of a dialog: it stops within its bound, and
 * the bot started again on the same file continues the dialog where it was, with nothing lost or done twice.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@Timeout(180)
class GracefulShutdownIT {

    private static final Duration START = Duration.ofSeconds(60);

    @TempDir
    Path folder;

    @Test
    void sigterm_during_a_dialog_stops_within_the_bound_and_a_restart_continues_the_dialog() throws Exception {
        try (FakeTelegram telegram = new FakeTelegram(Duration.ofSeconds(30))) {
            Map<String, String> env = CreateRequestScript.environment(telegram, folder);
            try (BotProcess first = BotProcess.start(env, "run")) {
                first.awaitLine(line -> line.contains("long polling started"), START);
                CreateRequestScript.startUntilTheName(telegram);
                // the next answer is on its way in when the stop comes
                telegram.enqueueText(DISPATCHER, DISPATCHER, CreateRequestScript.CLIENT_NAME);
                Duration took = first.terminate(TelegramMode.STOP_WITHIN.plusSeconds(10));

                assertThat(took).isLessThan(TelegramMode.STOP_WITHIN);
                assertThat(first.lines()).as("exit status %d after %s", first.exitValue(), took)
                        .anyMatch(line -> line.contains("stopping: intake first"))
                        .anyMatch(line -> line.contains("Telegram channel closed"))
                        .anyMatch(line -> line.contains("stopped in"))
                        .noneMatch(line -> line.contains("halting"));
            }

            try (BotProcess second = BotProcess.start(env, "run")) {
                second.awaitLine(line -> line.contains("long polling started"), START);
                // the name was handled before the stop, or is delivered again now: either way it is asked for once
                telegram.await(() -> telegram.lastText(DISPATCHER).contains("Шаг 5 из 8"), "the address step");
                assertThat(telegram.texts(DISPATCHER)).filteredOn(t -> t.contains("Шаг 5 из 8")).hasSize(1);
                CreateRequestScript.finishFromTheAddress(telegram);

                assertThat(telegram.texts(DISPATCHER)).filteredOn(t -> t.contains("Заявка #1 создана")).hasSize(1);
                assertThat(telegram.texts(DISPATCHER)).noneMatch(t -> t.contains("#2"));
                second.terminate(TelegramMode.STOP_WITHIN.plusSeconds(10)); // at once: the outbox may be full
            }
            // the admin's notification went out before the bot stopped: by the relay, or by the last delivery
            assertThat(telegram.texts(CreateRequestScript.ADMIN)).anyMatch(t -> t.contains("#1"));
        }
    }
}
