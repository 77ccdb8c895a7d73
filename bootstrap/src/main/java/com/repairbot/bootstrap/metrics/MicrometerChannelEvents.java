package com.repairbot.bootstrap.metrics;

import com.repairbot.adapter.telegram.ChannelEvents;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Telegram channel's events as Prometheus counters and histograms. Each meter is looked up once and kept:
 * building and registering it again per event (its id, its sorted tags, the registry's map) was 3.8 % of the
 * bot's execution samples under the load rig (ADR 0032, docs/benchmarks.md); and kept by the event's own
 * strings, not by a key built per event (2.8 % of the lanes' samples, issue 19).
 */
public final class MicrometerChannelEvents implements ChannelEvents {

    private static final String RECEIVED = "repairbot.updates.received";
    private static final String HANDLED = "repairbot.updates.handled";
    private static final String DEDUPLICATED = "repairbot.updates.deduplicated";
    private static final String FAILED = "repairbot.updates.failed";

    /** An update kind's meters, found by the kind itself (no key built per event). */
    private record KindMeters(Counter received, Counter handled, Counter deduplicated, Counter failed,
                              Timer handling) {
    }

    private final MeterRegistry registry;
    private final DistributionSummary journalWrites;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();
    private final Map<String, KindMeters> kinds = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Counter>> calls = new ConcurrentHashMap<>();

    /** @param registry where the meters go (the update counters show 0 from the start) */
    public MicrometerChannelEvents(MeterRegistry registry) {
        this.registry = registry;
        for (String kind : List.of("message", "callback_query")) {
            kind(kind);
        }
        Counter.builder("repairbot.updates.parked").description("Updates that could not be read, set aside")
                .register(registry);
        journalWrites = DistributionSummary.builder("repairbot.journal.writes").baseUnit("updates")
                .description("Reply journal writes, by how many updates each took (ADR 0038)").register(registry);
    }

    @Override
    public void journalWritten(int updates) {
        journalWrites.record(updates);
    }

    @Override
    public void updateReceived(String kind) {
        kind(kind).received().increment();
    }

    @Override
    public void updateDeduplicated(String kind) {
        kind(kind).deduplicated().increment();
    }

    @Override
    public void updateHandled(String kind, Duration took) {
        KindMeters meters = kind(kind);
        meters.handled().increment();
        meters.handling().record(took);
    }

    @Override
    public void updateFailed(String kind) {
        kind(kind).failed().increment();
    }

    private KindMeters kind(String kind) {
        KindMeters meters = kinds.get(kind);
        return meters != null ? meters : kinds.computeIfAbsent(kind, key -> new KindMeters(
                counter(RECEIVED, "Updates that came in", "kind", kind),
                counter(HANDLED, "Updates handled", "kind", kind),
                counter(DEDUPLICATED, "Updates seen before, skipped", "kind", kind),
                counter(FAILED, "Updates whose handling failed", "kind", kind),
                Timer.builder("repairbot.updates.handling").description("From the start of handling to replies queued")
                        .tag("kind", kind).publishPercentileHistogram()
                        .minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofSeconds(30))
                        .register(registry)));
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
        calls.computeIfAbsent(method, key -> new ConcurrentHashMap<>()).computeIfAbsent(outcome,
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
