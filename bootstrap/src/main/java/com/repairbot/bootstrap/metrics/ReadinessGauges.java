package com.repairbot.bootstrap.metrics;

import com.repairbot.bootstrap.health.Readiness;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * What {@code /health/ready} says, as gauges for dashboards and alerts: {@code repairbot_ready} (1 or 0) and
 * {@code repairbot_readiness_check{check}} per check ({@code database}, {@code redis}, {@code telegram}), each
 * worked out at the scrape.
 */
public final class ReadinessGauges {

    private ReadinessGauges() {
    }

    /** Registers the gauges of the readiness's checks. */
    public static void bind(Readiness readiness, MeterRegistry registry) {
        Gauge.builder("repairbot.ready", readiness, r -> r.results().values().stream().allMatch(Boolean::booleanValue)
                        ? 1 : 0)
                .description("1 when every readiness check passes (GET /health/ready answers 200)").register(registry);
        for (String check : readiness.names()) {
            Gauge.builder("repairbot.readiness.check", readiness, r -> r.passes(check) ? 1 : 0)
                    .description("1 when the readiness check passes").tag("check", check).register(registry);
        }
    }
}
