package com.repairbot.bootstrap.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The operator's endpoint over real HTTP on a free port. */
class OpsServerTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void live_is_up_while_ready_follows_its_checks_and_names_the_one_that_fails() throws Exception {
        AtomicBoolean redis = new AtomicBoolean(true);
        Readiness readiness = new Readiness().with("database", () -> true).with("redis", redis::get)
                .with("telegram", () -> {
                    throw new IllegalStateException("a check that throws counts as down");
                });
        try (OpsServer server = new OpsServer(0, readiness, () -> "# metrics\n")) {
            assertThat(get(server, "/health/live")).satisfies(r -> {
                assertThat(r.statusCode()).isEqualTo(200);
                assertThat(r.body()).isEqualTo("{\"status\":\"UP\"}");
            });
            assertThat(get(server, "/health/ready")).satisfies(r -> {
                assertThat(r.statusCode()).isEqualTo(503);
                assertThat(r.body()).isEqualTo("{\"status\":\"DOWN\","
                        + "\"checks\":{\"database\":\"UP\",\"redis\":\"UP\",\"telegram\":\"DOWN\"}}");
            });
        }
    }

    @Test
    void ready_is_200_when_every_check_passes_and_503_as_soon_as_one_does_not() throws Exception {
        AtomicBoolean redis = new AtomicBoolean(true);
        try (OpsServer server = new OpsServer(0, new Readiness().with("redis", redis::get), () -> "")) {
            assertThat(get(server, "/health/ready").statusCode()).isEqualTo(200);
            redis.set(false);
            assertThat(get(server, "/health/ready").body()).contains("\"redis\":\"DOWN\"");
        }
    }

    @Test
    void metrics_are_served_as_prometheus_text_and_other_methods_are_refused() throws Exception {
        try (OpsServer server = new OpsServer(0, new Readiness(), () -> "repairbot_x_total 1.0\n")) {
            HttpResponse<String> metrics = get(server, "/metrics");
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.headers().firstValue("Content-Type"))
                    .contains("text/plain; version=0.0.4; charset=utf-8");
            assertThat(metrics.body()).isEqualTo("repairbot_x_total 1.0\n");

            HttpResponse<String> post = http.send(HttpRequest.newBuilder(uri(server, "/metrics"))
                    .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(post.statusCode()).isEqualTo(405);
        }
    }

    private HttpResponse<String> get(OpsServer server, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(server, path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(OpsServer server, String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }
}
