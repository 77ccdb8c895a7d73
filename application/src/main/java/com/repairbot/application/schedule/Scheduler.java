package com.repairbot.application.schedule;

import com.repairbot.application.port.out.HeldLock;
import com.repairbot.application.port.out.Locks;
import com.repairbot.application.port.out.ScheduleLedger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * Runs each job once per slot of its schedule. On every tick a job whose newest slot has not run yet is taken
 * under its lease ({@code job:<name>}, held for half its period and not released, so that the instances that tick
 * a moment later find it taken), checked once more in the ledger, run, and its slot remembered. A job that was
 * down for several slots runs once, for the newest: a catch-up, not a flood. A failed run is reported and tried
 * again on a later tick once its lease has freed itself.
 */
public final class Scheduler {

    /** The longest a lease is held: a crashed run is tried again after at most this long. */
    static final Duration MAX_HOLD = Duration.ofMinutes(10);

    private final List<Job> jobs;
    private final Locks locks;
    private final ScheduleLedger ledger;
    private final Clock clock;
    private final BiConsumer<String, RuntimeException> onFailure;

    /**
     * @param jobs      what to run
     * @param locks     leases shared by every instance
     * @param ledger    the slots run so far
     * @param clock     the time
     * @param onFailure told about a job that failed (its name, the failure), e.g. to log it
     */
    public Scheduler(List<Job> jobs, Locks locks, ScheduleLedger ledger, Clock clock,
                     BiConsumer<String, RuntimeException> onFailure) {
        this.jobs = List.copyOf(jobs);
        this.locks = Objects.requireNonNull(locks, "locks");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.onFailure = Objects.requireNonNull(onFailure, "onFailure");
    }

    /** @return the jobs, in the order they are looked at */
    public List<Job> jobs() {
        return jobs;
    }

    /**
     * Runs every job that is due now and not run for its slot by this or another instance.
     *
     * @return the names of the jobs this call ran
     */
    public List<String> runDue() {
        List<String> ran = new ArrayList<>();
        for (Job job : jobs) {
            try {
                if (runIfDue(job)) {
                    ran.add(job.name());
                }
            } catch (RuntimeException failure) {
                onFailure.accept(job.name(), failure);
            }
        }
        return ran;
    }

    private boolean runIfDue(Job job) {
        Instant slot = job.schedule().latest(clock.instant());
        Optional<Instant> last = ledger.lastSlot(job.name());
        if (last.isPresent() && !last.get().isBefore(slot)) {
            return false;
        }
        Optional<HeldLock> lease = locks.tryAcquire("job:" + job.name(), hold(job));
        if (lease.isEmpty()) {
            return false; // another instance is at it
        }
        // it may have finished between the look above and the lease
        Optional<Instant> again = ledger.lastSlot(job.name());
        if (again.isPresent() && !again.get().isBefore(slot)) {
            return false;
        }
        if (again.isEmpty() && !job.catchUpOnFirstRun()) {
            ledger.ranSlot(job.name(), slot); // first start: from the next slot on
            // nothing ran: the next slot may come sooner than the hold would end (a report due in five minutes)
            lease.get().release();
            return false;
        }
        job.work().accept(slot);
        ledger.ranSlot(job.name(), slot);
        return true;
    }

    private static Duration hold(Job job) {
        Duration half = job.schedule().period().dividedBy(2);
        return half.compareTo(MAX_HOLD) > 0 ? MAX_HOLD : half;
    }

    /**
     * Ticks on the executor until the returned handle is cancelled.
     *
     * @param executor runs the ticks (one thread is enough)
     * @param every    how often to look for due jobs
     * @return the handle that stops the ticks
     */
    public ScheduledFuture<?> start(ScheduledExecutorService executor, Duration every) {
        return executor.scheduleWithFixedDelay(this::tick, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void tick() {
        try {
            runDue();
        } catch (RuntimeException failure) {
            onFailure.accept("scheduler", failure); // a tick that throws would end the fixed-delay schedule
        }
    }
}
