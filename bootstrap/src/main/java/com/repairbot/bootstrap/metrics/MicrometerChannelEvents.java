package com.repairbot.bootstrap.metrics;

import com.repairbot.adapter.telegram.ChannelEvents;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Telegram channel's events as Prometheus counters and histograms. Each meter is looked up once and kept:
 * building and registering it again per event (its id, its sorted tags, the registry's map) was 3.8 % of the
 * bot's execution samples under the load rig (ADR 0032, docs/benchmarks.md).
 */
public final class MicrometerChannelEvents implements ChannelEvents {

    private static final String RECEIVED = "repairbot.updates.received";
    private static final String HANDLED = "repairbot.updates.handled";
    private static final String DEDUPLICATED = "repairbot.updates.deduplicated";
    private static final String FAILED = "repairbot.updates.failed";

    private final MeterRegistry registry;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    /** @param registry where the meters go (the update counters show 0 from the start) */
    public MicrometerChannelEvents(MeterRegistry registry) {
        this.registry = registry;
        for (String kind : List.of("message", "callback_query")) {
            counter(RECEIVED, "Updates that came in", "kind", kind);
            counter(HANDLED, "Updates handled", "kind", kind);
            counter(DEDUPLICATED, "Updates seen before, skipped", "kind", kind);
            counter(FAILED, "Updates whose handling failed", "kind", kind);
        }
        Counter.builder("repairbot.updates.parked").description("Updates that could not be read, set aside")
                .register(registry);
    }

    @Override
    public void updateReceived(String kind) {
        counter(RECEIVED, "Updates that came in", "kind", kind).increment();
    }

    @Override
    public void updateDeduplicated(String kind) {
        counter(DEDUPLICATED, "Updates seen before, skipped", "kind", kind).increment();
    }

    @Override
    public void updateHandled(String kind, Duration took) {
        counter(HANDLED, "Updates handled", "kind", kind).increment();
        timers.computeIfAbsent("handling\0" + kind, key -> Timer.builder("repairbot.updates.handling")
                .description("From the start of handling to replies queued")
                .tag("kind", kind).publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofSeconds(30))
                .register(registry)).record(took);
    }

    @Override
    public void updateFailed(String kind) {
        counter(FAILED, "Updates whose handling failed", "kind", kind).increment();
    }

    @Override
    public void updateParked() {
        Counter.builder("repairbot.updates.parked").description("Updates that could not be read, set aside")
                .register(registry).increment();
    }

    @Override
    public void replyRefused(String reason) {
        counter("repairbot.telegram.refused", "Messages Telegram refused for good (not sent again)", "reason",
                reason).increment();
    }

    @Override
    public void apiCall(String method, String outcome) {
        counters.computeIfAbsent("repairbot.telegram.api.calls\0" + method + "\0" + outcome,
                key -> Counter.builder("repairbot.telegram.api.calls")
                        .description("Bot API HTTP calls by method and outcome")
                        .tag("method", method).tag("outcome", outcome).register(registry)).increment();
    }

    @Override
    public void retry(String method) {
        counter("repairbot.telegram.retries", "Bot API calls tried again", "method", method).increment();
    }

    @Override
    public void rateLimitedWait(String method, Duration wait) {
        Timer.builder("repairbot.telegram.rate.limited.waits").description("Waits for retry_after after a 429")
                .tag("method", method).register(registry).record(wait);
    }

    private Counter counter(String name, String description, String tag, String value) {
        return counters.computeIfAbsent(name + "\0" + value,
                key -> Counter.builder(name).description(description).tag(tag, value).register(registry));
    }
}
