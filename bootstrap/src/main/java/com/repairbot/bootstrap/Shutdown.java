package com.repairbot.bootstrap;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The orderly stop of {@code run}, on SIGTERM or when start-up fails: named steps run once, in the order they
 * were added, each on its own (one failing does not skip the rest), all within a bound. Past the bound the JVM
 * halts: everything confirmed is already committed to SQLite, and updates whose offset was not confirmed come
 * again and are recognised by their ids, so halting loses nothing.
 */
final class Shutdown {

    private static final Logger LOG = LoggerFactory.getLogger(Shutdown.class);

    private record Step(String name, Runnable action) {
    }

    private final Duration bound;
    private final List<Step> steps = new ArrayList<>();
    private boolean done;

    Shutdown(Duration bound) {
        this.bound = bound;
    }

    /** Adds the next step. */
    synchronized Shutdown then(String name, Runnable action) {
        steps.add(new Step(name, action));
        return this;
    }

    /** Runs every step once, in order, halting the JVM if they take longer than the bound. */
    void run() {
        List<Step> toRun;
        synchronized (this) {
            if (done) {
                return;
            }
            done = true;
            toRun = List.copyOf(steps);
        }
        Thread watchdog = Thread.ofPlatform().name("shutdown-watchdog").daemon(true).start(this::haltAfterBound);
        long started = System.nanoTime();
        for (Step step : toRun) {
            try {
                step.action().run();
            } catch (RuntimeException failed) {
                LOG.warn("stopping: {} failed: {}", step.name(), failed.toString());
            }
        }
        watchdog.interrupt();
        LOG.info("stopped in {} ms", Duration.ofNanos(System.nanoTime() - started).toMillis());
    }

    private void haltAfterBound() {
        try {
            Thread.sleep(bound);
        } catch (InterruptedException finished) {
            return;
        }
        LOG.error("did not stop within {}; halting (nothing confirmed is lost: it is committed)", bound);
        Runtime.getRuntime().halt(3);
    }
}
