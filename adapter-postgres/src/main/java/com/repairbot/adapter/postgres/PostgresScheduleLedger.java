package com.repairbot.adapter.postgres;

import com.repairbot.application.port.out.ScheduleLedger;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.request.Status;
import java.time.Instant;
import java.util.Optional;

/**
 * Alerts given in {@code fired_alerts}, whose primary key decides which run (of which instance) gives an
 * alert; job slots in {@code job_runs}, moved forward only.
 */
public final class PostgresScheduleLedger implements ScheduleLedger {

    private final PostgresDatabase database;

    /** @param database the database */
    public PostgresScheduleLedger(PostgresDatabase database) {
        this.database = database;
    }

    @Override
    public boolean firstTime(RequestNumber request, Status status, String kind, Instant at) {
        return database.write(handle -> handle.createUpdate("INSERT INTO fired_alerts (request, status, kind, at, at_ns)"
                        + " VALUES (:request, :status, :kind, :at, :at_ns) ON CONFLICT (request, status, kind) DO NOTHING")
                .bind("request", request.value()).bind("status", status.name()).bind("kind", kind)
                .bind("at", PostgresTime.at(at)).bind("at_ns", PostgresTime.nanosBelowMicros(at)).execute()) == 1;
    }

    @Override
    public Optional<Instant> lastSlot(String job) {
        return database.read(handle -> handle.createQuery("SELECT slot, slot_ns FROM job_runs WHERE job = :job")
                .bind("job", job).map((rs, ctx) -> PostgresTime.instant(rs, "slot", "slot_ns")).findOne());
    }

    @Override
    public void ranSlot(String job, Instant slot) {
        // only forward: the row comparison keeps the newer of the two, to the nanosecond
        database.write(handle -> handle.createUpdate("INSERT INTO job_runs (job, slot, slot_ns)"
                        + " VALUES (:job, :slot, :slot_ns) ON CONFLICT (job) DO UPDATE"
                        + " SET slot = excluded.slot, slot_ns = excluded.slot_ns"
                        + " WHERE (excluded.slot, excluded.slot_ns) > (job_runs.slot, job_runs.slot_ns)")
                .bind("job", job).bind("slot", PostgresTime.at(slot))
                .bind("slot_ns", PostgresTime.nanosBelowMicros(slot)).execute());
    }
}
