package com.repairbot.application.port.out;

import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.request.Status;
import java.time.Instant;
import java.util.Optional;

/**
 * What scheduled work remembers across runs and restarts: which alerts were given (one per request, status and
 * kind, however often the check runs) and the newest schedule slot each job has run for (so that after
 * downtime a missed slot runs once, not once per missed period).
 */
public interface ScheduleLedger {

    /**
     * Notes an alert about a request in a status, unless it was noted before. Call it in the transaction that
     * queues the alert, so that both happen or neither.
     *
     * @param request the request
     * @param status  the status it is about (a request that leaves the status and comes back is alerted again
     *                only if it comes back to a status not alerted yet)
     * @param kind    what kind of alert, a stable code such as {@code overdue} or {@code remind_accept}
     * @param at      when
     * @return {@code true} the first time for that request, status and kind; {@code false} afterwards
     */
    boolean firstTime(RequestNumber request, Status status, String kind, Instant at);

    /** @return the newest slot the job has run for; empty when it never ran */
    Optional<Instant> lastSlot(String job);

    /** Remembers that the job ran for that slot; an older slot than the one remembered changes nothing. */
    void ranSlot(String job, Instant slot);
}
