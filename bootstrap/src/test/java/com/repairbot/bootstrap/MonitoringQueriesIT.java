package com.repairbot.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.adapter.telegram.FakeTelegram;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every metric that ops/grafana/repair-bot.json and ops/prometheus/alerts.yml query exists in the {@code /metrics}
 * of a running bot (on Redis, after a reply that met a 429); a test copy with one name misspelt is caught.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@Timeout(180)
class MonitoringQueriesIT {

    private static final Duration START = Duration.ofSeconds(60);
    private static final long DISPATCHER = 1016;

    @TempDir
    Path folder;

    @Test
    void every_metric_the_dashboard_and_the_alert_rules_query_is_exposed_by_a_running_bot() throws Exception {
        String scrape;
        try (FakeTelegram telegram = new FakeTelegram(Duration.ofSeconds(30))) {
            Map<String, String> env = CreateRequestScript.environment(telegram, folder, DISPATCHER);
            env.put("REDIS_URL", LocalRedis.url());
            try (BotProcess bot = BotProcess.start(env, "run")) {
                int port = bot.awaitHttpPort(START);
                bot.awaitLine(line -> line.contains("long polling started"), START);
                telegram.tooManyRequestsNext("sendMessage", 1); // a retry and a 429 wait: their meters appear
                telegram.say(DISPATCHER, DISPATCHER, "/new");
                telegram.await(() -> telegram.lastText(DISPATCHER).contains("Шаг 1 из 8"), "the first question");
                HttpResponse<String> metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/metrics")).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(metrics.statusCode()).isEqualTo(200);
                scrape = metrics.body();
                bot.terminate(Duration.ofSeconds(30));
            }
        }
        Set<String> exposed = MonitoringQueries.exposed(scrape);
        String dashboard = MonitoringQueries.read(MonitoringQueries.DASHBOARD);
        String rules = MonitoringQueries.read(MonitoringQueries.ALERTS);
        List<String> dashboardQueries = MonitoringQueries.dashboardExpressions(dashboard);
        List<String> ruleQueries = MonitoringQueries.ruleExpressions(rules);

        assertThat(dashboardQueries).hasSizeGreaterThan(20);
        assertThat(ruleQueries).hasSize(5);
        assertThat(MonitoringQueries.missing(dashboardQueries, exposed)).as("dashboard metrics not exposed").isEmpty();
        assertThat(MonitoringQueries.missing(ruleQueries, exposed)).as("alert rule metrics not exposed").isEmpty();
        assertThat(scrape).contains("repairbot_readiness_check{check=\"redis\"} 1.0", "repairbot_ready 1.0");

        // the check can fail: a copy with one name misspelt in each file is caught, and only that name
        String wrongDashboard = dashboard.replace("repairbot_outbox_oldest_age_seconds", "repairbot_outbox_oldest_age");
        String wrongRules = rules.replace("repairbot_updates_failed_total", "repairbot_update_failures_total");
        assertThat(MonitoringQueries.missing(MonitoringQueries.dashboardExpressions(wrongDashboard), exposed))
                .containsExactly("repairbot_outbox_oldest_age");
        assertThat(MonitoringQueries.missing(MonitoringQueries.ruleExpressions(wrongRules), exposed))
                .containsExactly("repairbot_update_failures_total");
    }
}
