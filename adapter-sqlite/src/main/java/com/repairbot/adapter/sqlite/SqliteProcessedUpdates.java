package com.repairbot.adapter.sqlite;

import com.repairbot.application.port.out.ProcessedUpdates;
import java.time.Instant;

/** Handled update ids in {@code processed_updates}; the primary key tells a first delivery from a repeat. */
public final class SqliteProcessedUpdates implements ProcessedUpdates {

    private final SqliteDatabase database;

    /** @param database the file */
    public SqliteProcessedUpdates(SqliteDatabase database) {
        this.database = database;
    }

    @Override
    public boolean markProcessed(long updateId, Instant at) {
        // the insert itself is the test: of two deliveries racing, only one inserts a row
        return database.write(handle -> handle.createUpdate("INSERT INTO processed_updates (update_id, at) "
                        + "VALUES (?, ?) ON CONFLICT (update_id) DO NOTHING")
                .bind(0, updateId).bind(1, SqliteTime.format(at)).execute()) == 1;
    }

    @Override
    public boolean isProcessed(long updateId) {
        return database.read(handle -> handle.createQuery(
                        "SELECT EXISTS (SELECT 1 FROM processed_updates WHERE update_id = ?)")
                .bind(0, updateId).mapTo(Boolean.class).one());
    }

    @Override
    public int forgetBefore(Instant before) {
        // fixed-width instants compare as text, and the index on at keeps this a range delete
        return database.write(handle -> handle.createUpdate("DELETE FROM processed_updates WHERE at < ?")
                .bind(0, SqliteTime.format(before)).execute());
    }
}
