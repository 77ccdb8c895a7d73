package com.repairbot.bootstrap;

import static com.repairbot.bootstrap.CreateRequestScript.ADMIN;
import static com.repairbot.bootstrap.CreateRequestScript.CLIENT_DATA;
import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.adapter.telegram.FakeTelegram;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression (issue 14, item 6): at {@code LOG_LEVEL=DEBUG}/{@code TRACE} Lettuce logged every command with its
 * arguments — a dialog's whole JSON: the client's name, address, description and a door code in the notes —,
 * and a failed database write logged the statement with its arguments. The bot runs here at TRACE on Redis,
 * a dialog with notes goes through, then a write fails with the client's data in it: no log line holds any of
 * it, nor the token.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@Timeout(180)
class ClientDataAtDebugAndTraceIT {

    private static final Duration START = Duration.ofSeconds(60);
    private static final long DISPATCHER = 1014;

    @TempDir
    Path folder;

    @Test
    void at_trace_on_redis_no_library_and_no_failed_write_logs_the_clients_data() throws Exception {
        List<String> lines;
        try (FakeTelegram telegram = new FakeTelegram(Duration.ofSeconds(30))) {
            Map<String, String> env = CreateRequestScript.environment(telegram, folder, DISPATCHER);
            env.put("REDIS_URL", LocalRedis.url());
            env.put("LOG_LEVEL", "TRACE");
            try (BotProcess bot = BotProcess.start(env, "run")) {
                bot.awaitLine(line -> line.contains("long polling started"), START);
                CreateRequestScript.startUntilTheName(telegram, DISPATCHER);
                CreateRequestScript.confirmWithNotes(telegram, DISPATCHER);
                telegram.await(() -> telegram.texts(ADMIN).stream().anyMatch(t -> t.contains("#1")),
                        "the admins to be told about the new request");
                // the dispatcher's copy of the card comes through the outbox too: let it arrive before the next /new
                telegram.await(() -> telegram.texts(DISPATCHER).stream().anyMatch(t -> t.startsWith("Заявка #1 ·")),
                        "the dispatcher to get the new request's card");

                CreateRequestScript.refuseNewRequests(folder);
                CreateRequestScript.startUntilTheName(telegram, DISPATCHER);
                CreateRequestScript.confirmWithNotes(telegram, DISPATCHER);
                bot.awaitLine(line -> line.contains("could not be handled"), START);
                bot.terminate(Duration.ofSeconds(30));
                lines = bot.lines();
            }
        }

        // Lettuce carried the dialog, and the database refused the second request with its data in the statement
        assertThat(lines).anyMatch(line -> line.contains("Connected to Redis"));
        assertThat(lines).anyMatch(line -> line.contains("disk I/O error (staged by the test)"));
        String token = FakeTelegram.TOKEN.substring(FakeTelegram.TOKEN.indexOf(':') + 1);
        for (String line : lines) {
            assertThat(line).as("a log line").doesNotContain(token);
            for (String personal : CLIENT_DATA) {
                assertThat(line).as("a log line").doesNotContain(personal);
            }
        }
    }
}
