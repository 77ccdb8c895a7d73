package com.repairbot.bootstrap.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmHeapPressureMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.concurrent.CompletableFuture;

/**
 * The bot's one meter registry, in Prometheus format, with the JVM's own metrics bound. The other classes
 * of this package feed it; {@link #scrape()} is what {@code /metrics} serves. The JVM's metrics are bound on a
 * thread of their own while the bot opens its stores (they were a tenth of the start-up's main thread, JFR); a
 * scrape waits for them, so none is ever served without them.
 */
public final class BotMetrics implements AutoCloseable {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    /** Set by the binding thread; read after joining it. */
    private JvmGcMetrics gc;
    /** jvm_gc_overhead: there from the start, unlike jvm_gc_pause_seconds, which appears with the first pause */
    private JvmHeapPressureMetrics pressure;

    private final CompletableFuture<Void> jvmBound;

    public BotMetrics() {
        jvmBound = CompletableFuture.runAsync(this::bindJvm,
                work -> Thread.ofPlatform().name("metrics-binding").daemon(true).start(work));
    }

    private void bindJvm() {
        gc = new JvmGcMetrics();
        pressure = new JvmHeapPressureMetrics();
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        pressure.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    /** @return the registry the meters are in */
    public MeterRegistry registry() {
        return registry;
    }

    /** @return every meter in the Prometheus text format */
    public String scrape() {
        jvmBound.join();
        return registry.scrape();
    }

    @Override
    public void close() {
        jvmBound.join();
        gc.close();
        pressure.close();
        registry.close();
    }
}
