package com.repairbot.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** The reading of PromQL that MonitoringQueriesIT relies on: metric names found, nothing else taken for one. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class MonitoringQueriesTest {

    @Test
    void names_are_found_and_functions_labels_ranges_strings_and_numbers_are_not() {
        assertThat(MonitoringQueries.metricNames("histogram_quantile(0.95, sum by (le) (rate("
                + "repairbot_updates_handling_seconds_bucket{instance=~\"$instance\", kind=\"a_b\"}[$__rate_interval])))"))
                .containsExactly("repairbot_updates_handling_seconds_bucket");
        assertThat(MonitoringQueries.metricNames("sum by (instance) (rate(a_total[10m])) / clamp_min(sum by (instance)"
                + " (rate(b_total[10m])), 0.001) > 0.05 or up{job=\"repair-bot\"} == 0 unless c offset 5m"))
                .containsExactly("a_total", "b_total", "c", "up");
        assertThat(MonitoringQueries.metricNames("label_values(repairbot_ready, instance)"))
                .containsExactly("repairbot_ready");
    }

    @Test
    void a_name_no_scrape_exposes_is_reported_and_prometheus_own_series_are_not() {
        String scrape = "# HELP x_total things\n# TYPE x_total counter\nx_total{kind=\"a\"} 1.0\ny 0.0\n";

        assertThat(MonitoringQueries.exposed(scrape)).containsExactly("x_total", "y");
        assertThat(MonitoringQueries.missing(List.of("rate(x_total[5m]) + y", "up == 0 or z > 1"),
                MonitoringQueries.exposed(scrape))).containsExactly("z");
    }

    @Test
    void the_rules_and_the_dashboard_are_read_whole() throws Exception {
        String rules = MonitoringQueries.read(MonitoringQueries.ALERTS);
        String dashboard = MonitoringQueries.read(MonitoringQueries.DASHBOARD);

        assertThat(MonitoringQueries.ruleExpressions(rules)).hasSize(rules.split("- alert:", -1).length - 1)
                .hasSize(5);
        assertThat(MonitoringQueries.dashboardExpressions(dashboard)).hasSize(dashboard.split("\"expr\"", -1).length
                - 1 + 1); // every target's, and the $instance variable's query
    }
}
