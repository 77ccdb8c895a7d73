package com.repairbot.adapter.sqlite;

import com.repairbot.application.port.out.ScheduleLedger;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.request.Status;
import java.time.Instant;
import java.util.Optional;

/**
 * Alerts given in {@code fired_alerts}, whose primary key decides which run gives an alert; job slots in
 * {@code job_runs}, moved forward only.
 */
public final class SqliteScheduleLedger implements ScheduleLedger {

    private final SqliteDatabase database;

    /** @param database the file */
    public SqliteScheduleLedger(SqliteDatabase database) {
        this.database = database;
    }

    @Override
    public boolean firstTime(RequestNumber request, Status status, String kind, Instant at) {
        return database.write(handle -> handle.createUpdate("INSERT INTO fired_alerts (request, status, kind, at)"
                        + " VALUES (?, ?, ?, ?) ON CONFLICT (request, status, kind) DO NOTHING")
                .bind(0, request.value()).bind(1, status.name()).bind(2, kind).bind(3, SqliteTime.format(at))
                .execute()) == 1;
    }

    @Override
    public Optional<Instant> lastSlot(String job) {
        return database.read(handle -> handle.createQuery("SELECT slot FROM job_runs WHERE job = ?")
                .bind(0, job).mapTo(String.class).findOne().map(SqliteTime::parse));
    }

    @Override
    public void ranSlot(String job, Instant slot) {
        // fixed-width UTC text orders like the instants, so max() keeps the newest
        database.write(handle -> handle.createUpdate("INSERT INTO job_runs (job, slot) VALUES (:job, :slot)"
                        + " ON CONFLICT (job) DO UPDATE SET slot = max(slot, excluded.slot)")
                .bind("job", job).bind("slot", SqliteTime.format(slot)).execute());
    }
}
