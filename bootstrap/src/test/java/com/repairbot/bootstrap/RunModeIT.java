package com.repairbot.bootstrap;

import static com.repairbot.bootstrap.CreateRequestScript.ADMIN;
import static com.repairbot.bootstrap.CreateRequestScript.CLIENT_DATA;
import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.adapter.telegram.FakeTelegram;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code repair-bot run} as a real process on the fake Bot API: whole dialogs, what it logs in each format,
 * and what its health and metrics endpoints say.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@Timeout(180)
class RunModeIT {

    private static final Duration START = Duration.ofSeconds(60);
    private static final String TOKEN_SECRET = FakeTelegram.TOKEN.substring(FakeTelegram.TOKEN.indexOf(':') + 1);

    @TempDir
    Path folder;

    private final HttpClient http = HttpClient.newHttpClient();

    @ParameterizedTest(name = "LOG_FORMAT={0}")
    @ValueSource(strings = {"text", "json"})
    void a_full_dialog_leaves_no_client_data_and_no_token_in_any_log_line(String format) throws Exception {
        try (FakeTelegram telegram = new FakeTelegram(Duration.ofSeconds(30))) {
            // an error whose text holds the token and a client's phone and e-mail: the log must mask all three
            telegram.failNext("setMyCommands", 400, "Bad Request: +79991234567 ivanov@example.org /bot"
                    + FakeTelegram.TOKEN);
            Map<String, String> env = CreateRequestScript.environment(telegram, folder);
            env.put("LOG_FORMAT", format);
            env.put("LOG_LEVEL", "TRACE"); // the most lines, the most chances to leak
            List<String> lines;
            try (BotProcess bot = BotProcess.start(env, "run")) {
                bot.awaitLine(line -> line.contains("long polling started"), START);
                CreateRequestScript.startUntilTheName(telegram);
                CreateRequestScript.finishFromTheName(telegram);
                telegram.await(() -> telegram.texts(ADMIN).stream().anyMatch(t -> t.contains("#1")),
                        "the admins to be told about the new request");
                bot.terminate(Duration.ofSeconds(30));
                lines = bot.lines();
            }

            assertThat(lines).anyMatch(line -> line.contains("setMyCommands failed") && line.contains("+7******4567")
                    && line.contains("i***@example.org"));
            assertThat(lines).anyMatch(line -> line.contains("Telegram channel closed"));
            for (String line : lines) {
                // what the bot wrote, not the digits of the line's timestamp or of the test's random temp folder
                String written = writtenPart(line);
                assertThat(written).as("a log line").doesNotContain(FakeTelegram.TOKEN).doesNotContain(TOKEN_SECRET)
                        .doesNotContain("ivanov@example.org");
                for (String personal : CLIENT_DATA) {
                    assertThat(written).as("a log line").doesNotContain(personal);
                }
            }
            if (format.equals("json")) {
                assertThat(lines).isNotEmpty().allSatisfy(line -> assertThat(line).startsWith("{\"timestamp\":")
                        .endsWith("}"));
            } else {
                String textLine = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"
                        + " (TRACE|DEBUG|INFO |WARN |ERROR) \\[.*";
                assertThat(lines).isNotEmpty().allSatisfy(line -> assertThat(line).matches(textLine));
            }
        }
    }

    @Test
    void the_running_bot_answers_health_and_metrics_and_its_counters_move_with_a_dialog() throws Exception {
        try (FakeTelegram telegram = new FakeTelegram(Duration.ofSeconds(30));
             BotProcess bot = BotProcess.start(CreateRequestScript.environment(telegram, folder), "run")) {
            int port = bot.awaitHttpPort(START);
            bot.awaitLine(line -> line.contains("long polling started"), START);
            assertThat(get(port, "/health/live")).isEqualTo("200 {\"status\":\"UP\"}");
            assertThat(get(port, "/health/ready"))
                    .isEqualTo("200 {\"status\":\"UP\",\"checks\":{\"database\":\"UP\",\"telegram\":\"UP\"}}");
            String before = get(port, "/metrics");
            assertThat(before).startsWith("200 ").contains(
                    "repairbot_updates_received_total{kind=\"message\"}",
                    "repairbot_updates_handled_total{kind=\"callback_query\"}",
                    "repairbot_updates_deduplicated_total{kind=\"message\"}",
                    "repairbot_updates_failed_total{kind=\"message\"}",
                    "repairbot_telegram_api_calls_total{method=\"getMe\",outcome=\"ok\"}",
                    "repairbot_outbox_depth", "repairbot_outbox_oldest_age_seconds",
                    "repairbot_notifications_refused_total",
                    "repairbot_request_creations_total", "repairbot_request_status_changes_total{to=\"ASSIGNED\"}",
                    "repairbot_dialogs_expired_total", "jvm_memory_used_bytes", "jvm_threads_live_threads",
                    "process_uptime_seconds");
            assertThat(value(before, "repairbot_request_creations_total")).isZero();

            CreateRequestScript.startUntilTheName(telegram);
            telegram.tooManyRequestsNext("sendMessage", 1); // the next reply waits exactly retry_after, once
            long name = telegram.say(CreateRequestScript.DISPATCHER, CreateRequestScript.DISPATCHER,
                    CreateRequestScript.CLIENT_NAME);
            telegram.redeliver(name); // as after a crash: recognised, no second effect
            CreateRequestScript.finishFromTheAddress(telegram);
            telegram.await(() -> telegram.texts(ADMIN).stream().anyMatch(t -> t.contains("#1")), "the admin told");

            String after = get(port, "/metrics");
            assertThat(value(after, "repairbot_request_creations_total")).isEqualTo(1);
            assertThat(value(after, "repairbot_updates_received_total{kind=\"message\"}")).isGreaterThanOrEqualTo(6);
            assertThat(value(after, "repairbot_updates_handled_total{kind=\"callback_query\"}"))
                    .isGreaterThanOrEqualTo(4);
            // the redelivered name, and the reply's held update served again by brief polls during the 429
            assertThat(value(after, "repairbot_updates_deduplicated_total{kind=\"message\"}"))
                    .isGreaterThanOrEqualTo(1);
            assertThat(value(after, "repairbot_updates_handling_seconds_count{kind=\"message\"}"))
                    .isGreaterThanOrEqualTo(5);
            assertThat(after).contains("repairbot_updates_handling_seconds_bucket{kind=\"message\",le=");
            assertThat(value(after, "repairbot_telegram_api_calls_total{method=\"sendMessage\",outcome=\"ok\"}"))
                    .isGreaterThanOrEqualTo(5);
            assertThat(value(after,
                    "repairbot_telegram_api_calls_total{method=\"sendMessage\",outcome=\"too_many_requests\"}"))
                    .isEqualTo(1);
            assertThat(value(after, "repairbot_telegram_retries_total{method=\"sendMessage\"}")).isEqualTo(1);
            assertThat(value(after, "repairbot_telegram_rate_limited_waits_seconds_count{method=\"sendMessage\"}"))
                    .isEqualTo(1);
            assertThat(value(after, "repairbot_telegram_rate_limited_waits_seconds_sum{method=\"sendMessage\"}"))
                    .isEqualTo(1);
            assertThat(value(after, "repairbot_outbox_depth")).isGreaterThanOrEqualTo(0);
            bot.terminate(Duration.ofSeconds(30));
        }
    }

    @Test
    void a_configured_redis_that_cannot_be_reached_makes_the_bot_not_ready_and_people_are_told_never_memory()
            throws Exception {
        int nowhere;
        try (ServerSocket free = new ServerSocket(0)) {
            nowhere = free.getLocalPort(); // closed again: nothing listens there
        }
        try (FakeTelegram telegram = new FakeTelegram(Duration.ofSeconds(30))) {
            Map<String, String> env = CreateRequestScript.environment(telegram, folder);
            env.put("REDIS_URL", "redis://:pa55word@127.0.0.1:" + nowhere + "/7");
            try (BotProcess bot = BotProcess.start(env, "run")) {
                int port = bot.awaitHttpPort(START);
                bot.awaitLine(line -> line.contains("long polling started"), START);
                assertThat(bot.lines())
                        .anyMatch(line -> line.contains("conversation state in Redis redis://:***@127.0.0.1:"
                                + nowhere))
                        .noneMatch(line -> line.contains("pa55word"));
                assertThat(get(port, "/health/live")).startsWith("200 ");
                assertThat(get(port, "/health/ready")).isEqualTo("503 {\"status\":\"DOWN\",\"checks\":"
                        + "{\"database\":\"UP\",\"redis\":\"DOWN\",\"telegram\":\"UP\"}}");

                telegram.say(CreateRequestScript.DISPATCHER, CreateRequestScript.DISPATCHER, "/new");

                assertThat(telegram.lastText(CreateRequestScript.DISPATCHER)).containsIgnoringCase("временно недоступ");
                bot.terminate(Duration.ofSeconds(30));
            }
        }
    }

    private String get(int port, String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode() + " " + response.body();
    }

    /** @return the value of the sample whose name and labels start the line exactly so */
    private static double value(String metrics, String sample) {
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(sample) + "\\s+(\\S+)").matcher(metrics);
        if (!line.find()) {
            throw new AssertionError("no sample " + sample + " in:\n" + metrics);
        }
        return Double.parseDouble(line.group(1));
    }

    /**
     * A log line without its timestamp and with the test's temporary folder named, not spelled out: a JSON line's
     * epoch milliseconds or the folder's random digits once held a client's "4521" by chance and failed a build.
     */
    private String writtenPart(String line) {
        String path = folder.toString();
        return line.replaceFirst("^\\{\"timestamp\":\\d+,", "{")
                .replaceFirst("^\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z", "")
                .replace(path, "<folder>").replace(path.replace("/", "\\/"), "<folder>");
    }
}
