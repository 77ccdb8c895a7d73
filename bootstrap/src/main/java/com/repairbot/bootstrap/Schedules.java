package com.repairbot.bootstrap;

import com.repairbot.application.ApplicationSettings;
import com.repairbot.application.assembly.Reporting;
import com.repairbot.application.assembly.Stores;
import com.repairbot.application.port.out.Locks;
import com.repairbot.application.port.out.Messenger;
import com.repairbot.application.schedule.ScheduledWork;
import com.repairbot.application.schedule.Scheduler;
import com.repairbot.application.service.Authorizer;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scheduled work (docs/scheduled-work.md) on its own thread: looks for due jobs every {@value #TICK_SECONDS} seconds, under
 * leases in Redis when it is configured and in the SQLite file otherwise. Closing stops the ticks and waits for a
 * run in progress.
 */
final class Schedules implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Schedules.class);
    static final long TICK_SECONDS = 30;

    private final ScheduledExecutorService executor;

    private Schedules(ScheduledExecutorService executor) {
        this.executor = executor;
    }

    static Schedules start(ApplicationSettings settings, Reporting reporting, Stores stores, Authorizer authorizer,
                           Messenger messenger, Locks locks, Clock clock) {
        Scheduler scheduler = new Scheduler(ScheduledWork.jobs(settings, reporting.schedule(), stores, authorizer,
                messenger, clock), locks, stores.ledger(), clock,
                // the job names and failure types only: a message may hold a request's data
                (job, failure) -> LOG.warn("scheduled job {} failed: {}; it is tried again later", job,
                        failure.getClass().getSimpleName()));
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("scheduler").daemon(true).factory());
        scheduler.start(executor, Duration.ofSeconds(TICK_SECONDS));
        LOG.info("scheduled work started: {}", scheduler.jobs().stream().map(job -> job.name()).toList());
        return new Schedules(executor);
    }

    @Override
    public void close() {
        executor.shutdown();
        try {
            executor.awaitTermination(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
