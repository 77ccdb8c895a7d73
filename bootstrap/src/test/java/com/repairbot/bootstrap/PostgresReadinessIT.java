package com.repairbot.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.adapter.postgres.PostgresLocation;
import com.repairbot.adapter.postgres.testing.PrivatePostgres;
import com.repairbot.adapter.telegram.FakeTelegram;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /health/ready} of {@code repair-bot run} on PostgreSQL: ready while the server answers, not ready (503,
 * {@code "database":"DOWN"}) once it stops, ready again when it is back — with a server of the test's own, which
 * it stops and starts.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@Timeout(300)
class PostgresReadinessIT {

    private static final Duration START = Duration.ofSeconds(90);
    private static final Duration CHANGE = Duration.ofSeconds(90);
    private static final String READY = "200 {\"status\":\"UP\",\"checks\":{\"database\":\"UP\",\"telegram\":\"UP\"}}";
    private static final String DATABASE_DOWN =
            "503 {\"status\":\"DOWN\",\"checks\":{\"database\":\"DOWN\",\"telegram\":\"UP\"}}";

    @TempDir
    Path folder;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void ready_with_postgresql_up_not_ready_when_it_stops_and_ready_again_when_it_is_back() throws Exception {
        PrivatePostgres server = PrivatePostgres.startOwn();
        PostgresLocation database = server.newDatabase();
        try (FakeTelegram telegram = new FakeTelegram(Duration.ofSeconds(60))) {
            Map<String, String> env = CreateRequestScript.environment(telegram, folder);
            env.put("DATABASE_URL", PostgresModesIT.url(database, "unused"));
            try (BotProcess bot = BotProcess.start(env, "run")) {
                int port = bot.awaitHttpPort(START);
                bot.awaitLine(line -> line.contains("long polling started"), START);
                assertThat(awaitReadiness(port, READY)).isEqualTo(READY);

                server.stopServer();
                assertThat(awaitReadiness(port, DATABASE_DOWN)).isEqualTo(DATABASE_DOWN);

                server.startServer();
                assertThat(awaitReadiness(port, READY)).isEqualTo(READY);
                bot.terminate(Duration.ofSeconds(30));
            }
        } finally {
            server.stopServer();
        }
    }

    /** @return the answer of /health/ready once it is the one expected (or the last one, after {@link #CHANGE}) */
    private String awaitReadiness(int port, String expected) throws InterruptedException {
        long deadline = System.nanoTime() + CHANGE.toNanos();
        AtomicReference<String> last = new AtomicReference<>("no answer yet");
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/health/ready")).timeout(Duration.ofSeconds(30))
                        .GET().build(), HttpResponse.BodyHandlers.ofString());
                last.set(response.statusCode() + " " + response.body());
                if (last.get().equals(expected)) {
                    return last.get();
                }
            } catch (IOException e) {
                last.set(e.toString());
            }
            Thread.sleep(200);
        }
        return last.get();
    }
}
