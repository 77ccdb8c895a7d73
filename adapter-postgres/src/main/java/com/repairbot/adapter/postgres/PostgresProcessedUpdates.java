package com.repairbot.adapter.postgres;

import com.repairbot.application.port.out.ProcessedUpdates;
import java.time.Instant;

/**
 * Handled update ids in {@code processed_updates}; the primary key tells a first delivery from a repeat,
 * whichever instance the repeat reaches.
 */
public final class PostgresProcessedUpdates implements ProcessedUpdates {

    private final PostgresDatabase database;

    /** @param database the database */
    public PostgresProcessedUpdates(PostgresDatabase database) {
        this.database = database;
    }

    @Override
    public boolean markProcessed(long updateId, Instant at) {
        // the insert itself is the test: of two deliveries racing, only one inserts a row
        return database.write(handle -> handle.createUpdate("INSERT INTO processed_updates (update_id, at, at_ns) "
                        + "VALUES (:id, :at, :at_ns) ON CONFLICT (update_id) DO NOTHING")
                .bind("id", updateId).bind("at", PostgresTime.at(at)).bind("at_ns", PostgresTime.nanosBelowMicros(at))
                .execute()) == 1;
    }

    @Override
    public boolean isProcessed(long updateId) {
        return database.read(handle -> handle.createQuery(
                        "SELECT EXISTS (SELECT 1 FROM processed_updates WHERE update_id = :id)")
                .bind("id", updateId).mapTo(Boolean.class).one());
    }

    @Override
    public int forgetBefore(Instant before) {
        return database.write(handle -> handle.createUpdate("DELETE FROM processed_updates WHERE at < :before")
                .bind("before", PostgresTime.at(before)).execute());
    }
}
