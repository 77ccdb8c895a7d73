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

/**
 * The bot's one meter registry, in Prometheus format, with the JVM's own metrics bound. The other classes
 * of this package feed it; {@link #scrape()} is what {@code /metrics} serves.
 */
public final class BotMetrics implements AutoCloseable {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();
    /** jvm_gc_overhead: there from the start, unlike jvm_gc_pause_seconds, which appears with the first pause */
    private final JvmHeapPressureMetrics pressure = new JvmHeapPressureMetrics();

    public BotMetrics() {
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
        return registry.scrape();
    }

    @Override
    public void close() {
        gc.close();
        pressure.close();
        registry.close();
    }
}
