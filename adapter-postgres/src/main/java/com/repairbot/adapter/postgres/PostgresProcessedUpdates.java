package com.repairbot.adapter.postgres;

import com.repairbot.application.port.out.OwedReplies;
import com.repairbot.application.port.out.ProcessedUpdates;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Handled update ids in {@code processed_updates}; the primary key tells a first delivery from a repeat,
 * whichever instance the repeat reaches. The replies still owed for an update are in the same row
 * ({@code owed}, NULL once sent), written by the same insert.
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
    public boolean markProcessed(OwedReplies owed, Instant at) {
        // the record and the replies it owes in one row, one insert (ADR 0017)
        return database.write(handle -> handle.createUpdate("INSERT INTO processed_updates (update_id, at, at_ns, "
                        + "chat_id, owed) VALUES (:id, :at, :at_ns, :chat, :owed) ON CONFLICT (update_id) DO NOTHING")
                .bind("id", owed.updateId()).bind("at", PostgresTime.at(at))
                .bind("at_ns", PostgresTime.nanosBelowMicros(at)).bind("chat", owed.chat())
                .bind("owed", owed.replies()).execute()) == 1;
    }

    @Override
    public void repliesSent(Collection<Long> updateIds) {
        if (updateIds.isEmpty()) {
            return;
        }
        database.write(handle -> handle.createUpdate("UPDATE processed_updates SET owed = NULL "
                        + "WHERE update_id IN (<ids>) AND owed IS NOT NULL")
                .bindList("ids", List.copyOf(updateIds)).execute());
    }

    @Override
    public List<OwedReplies> repliesOwed(int limit) {
        return database.read(handle -> handle.createQuery("SELECT update_id, chat_id, owed FROM processed_updates "
                        + "WHERE owed IS NOT NULL ORDER BY update_id LIMIT :limit")
                .bind("limit", limit)
                .map((rs, ctx) -> new OwedReplies(rs.getLong(1), rs.getLong(2), rs.getString(3))).list());
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
