package com.repairbot.bootstrap.metrics;

import com.repairbot.application.port.out.Outbox;
import com.repairbot.application.service.NotificationRelay;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The outbox as gauges, read from the store at each scrape: how many notifications wait, and how long the
 * earliest one has been due (0 when delivery keeps up; growing when Telegram or a chat refuses them). A store
 * that cannot answer shows as NaN, never as an error of the scrape.
 */
public final class OutboxGauges {

    private OutboxGauges() {
    }

    /** Registers {@code repairbot_outbox_depth} and {@code repairbot_outbox_oldest_age_seconds}. */
    public static void bind(Outbox outbox, Clock clock, MeterRegistry registry) {
        Gauge.builder("repairbot.outbox.depth", outbox, o -> safely(() -> o.size()))
                .description("Notifications waiting in the outbox").register(registry);
        Gauge.builder("repairbot.outbox.oldest.age", outbox, o -> safely(() -> age(o, clock.instant())))
                .description("How long the earliest waiting notification has been due").baseUnit("seconds")
                .register(registry);
    }

    /**
     * Registers {@code repairbot_notifications_refused_total}: notifications dropped because Telegram refused them
     * for good or their chat is marked unreachable (blocked, removed, gone; ADR 0031), never tried again.
     */
    public static void bind(NotificationRelay relay, MeterRegistry registry) {
        FunctionCounter.builder("repairbot.notifications.refused", relay, NotificationRelay::refusedForGood)
                .description("Notifications dropped because their chat cannot be written to (not retried)")
                .register(registry);
    }

    private static double age(Outbox outbox, Instant now) {
        return outbox.oldestDue().map(due -> Math.max(0, Duration.between(due, now).toMillis() / 1000.0))
                .orElse(0.0);
    }

    private static double safely(java.util.function.DoubleSupplier read) {
        try {
            return read.getAsDouble();
        } catch (RuntimeException unavailable) {
            return Double.NaN;
        }
    }
}
