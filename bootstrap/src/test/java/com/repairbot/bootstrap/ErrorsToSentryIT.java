package com.repairbot.bootstrap;

import static com.repairbot.bootstrap.CreateRequestScript.CLIENT_DATA;
import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.adapter.telegram.FakeTelegram;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code repair-bot run} with {@code SENTRY_DSN} pointing at a local HTTP server that stands in for Sentry's ingest
 * endpoint: an error with a client's name, phone, address and notes in play and a warning with the token in a URL
 * arrive as events, tagged and with the update's breadcrumbs — and none of the personal data or the token does.
 * Without a DSN no class of the SDK is even loaded.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@Timeout(180)
class ErrorsToSentryIT {

    private static final Duration START = Duration.ofSeconds(60);
    private static final long DISPATCHER = 1015;
    private static final String TOKEN_SECRET = FakeTelegram.TOKEN.substring(FakeTelegram.TOKEN.indexOf(':') + 1);

    @TempDir
    Path folder;

    @Test
    void an_error_and_a_warning_reach_sentry_tagged_with_breadcrumbs_and_without_personal_data_or_token()
            throws Exception {
        List<String> envelopes = new CopyOnWriteArrayList<>();
        HttpServer ingest = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        ingest.createContext("/", exchange -> receive(exchange, envelopes));
        ingest.start();
        try (FakeTelegram telegram = new FakeTelegram(Duration.ofSeconds(30))) {
            telegram.failNext("setMyCommands", 400, "Bad Request: +79991234567 ivanov@example.org /bot"
                    + FakeTelegram.TOKEN);
            Map<String, String> env = CreateRequestScript.environment(telegram, folder, DISPATCHER);
            env.put("SENTRY_DSN", "http://0123456789abcdef0123456789abcdef@127.0.0.1:" + ingest.getAddress().getPort()
                    + "/42");
            env.put("SENTRY_ENVIRONMENT", "staging");
            env.put("HOSTNAME", "bot-test-1");
            try (BotProcess bot = BotProcess.start(env, "run")) {
                bot.awaitLine(line -> line.contains("long polling started"), START);
                CreateRequestScript.refuseNewRequests(folder);
                CreateRequestScript.startUntilTheName(telegram, DISPATCHER);
                CreateRequestScript.confirmWithNotes(telegram, DISPATCHER);
                telegram.await(() -> envelopes.stream().anyMatch(e -> e.contains("SqliteStatementException"))
                        && envelopes.stream().anyMatch(e -> e.contains("setMyCommands failed")), "both events");
                bot.terminate(Duration.ofSeconds(30));
            }
        } finally {
            ingest.stop(0);
        }

        String error = envelopes.stream().filter(e -> e.contains("SqliteStatementException")).findFirst()
                .orElseThrow();
        assertThat(error).contains("\"level\":\"error\"", "\"environment\":\"staging\"", "\"release\":\"repair-bot@",
                "\"instance\":\"bot-test-1\"", "could not be handled", "\"category\":\"update\"",
                "handling the button", "\"stacktrace\"", "com.repairbot");
        String warning = envelopes.stream().filter(e -> e.contains("setMyCommands failed")).findFirst().orElseThrow();
        assertThat(warning).contains("\"level\":\"warning\"", "+7******4567", "i***@example.org");
        for (String envelope : envelopes) {
            assertThat(envelope).as("an envelope sent to Sentry").doesNotContain(TOKEN_SECRET)
                    .doesNotContain("ivanov@example.org").doesNotContain("\"ip_address\"")
                    .doesNotContain("\"request\":");
            for (String personal : CLIENT_DATA) {
                assertThat(envelope).as("an envelope sent to Sentry").doesNotContain(personal);
            }
        }
    }

    @Test
    void without_a_dsn_no_class_of_the_sdk_is_loaded() throws Exception {
        try (FakeTelegram telegram = new FakeTelegram(Duration.ofSeconds(30))) {
            Map<String, String> env = CreateRequestScript.environment(telegram, folder, DISPATCHER);
            env.put("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info:stdout");
            try (BotProcess bot = BotProcess.start(env, "run")) {
                bot.awaitLine(line -> line.contains("long polling started"), START);
                telegram.say(DISPATCHER, DISPATCHER, "/new");
                telegram.await(() -> telegram.lastText(DISPATCHER).contains("Шаг 1 из 8"), "the first question");
                bot.terminate(Duration.ofSeconds(30));
                assertThat(bot.lines()).anyMatch(line -> line.contains("com.repairbot.bootstrap.errors.ErrorReporting"))
                        .noneMatch(line -> line.contains("io.sentry."))
                        .noneMatch(line -> line.contains("com.repairbot.bootstrap.errors.SentryReporting"));
            }
        }
    }

    /** One envelope from the SDK: gzip-compressed or not, JSON escapes undone so that checks see the plain text. */
    private static void receive(HttpExchange exchange, List<String> envelopes) throws IOException {
        try (exchange; InputStream body = exchange.getRequestBody()) {
            boolean gzip = "gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"));
            byte[] bytes = gzip ? new GZIPInputStream(body).readAllBytes() : body.readAllBytes();
            envelopes.add(unescaped(new String(bytes, StandardCharsets.UTF_8)));
            byte[] answer = "{}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
        }
    }

    private static String unescaped(String json) {
        Matcher escape = Pattern.compile("\\\\u([0-9a-fA-F]{4})").matcher(json);
        StringBuilder out = new StringBuilder();
        while (escape.find()) {
            escape.appendReplacement(out, Matcher.quoteReplacement(
                    Character.toString((char) Integer.parseInt(escape.group(1), 16))));
        }
        escape.appendTail(out);
        return out.toString();
    }
}
