package com.repairbot.adapter.sqlite;

import com.repairbot.application.port.out.OwedReplies;
import com.repairbot.application.port.out.ProcessedUpdates;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Handled update ids in {@code processed_updates}; the primary key tells a first delivery from a repeat. The
 * replies still owed for an update are in the same row ({@code owed}, NULL once sent), written by the same
 * insert, so the record and its replies commit together; the single writer groups the inserts of concurrent
 * chats into one transaction.
 */
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
    public boolean markProcessed(OwedReplies owed, Instant at) {
        return database.write(handle -> handle.createUpdate("INSERT INTO processed_updates (update_id, at, chat_id,"
                        + " owed) VALUES (?, ?, ?, ?) ON CONFLICT (update_id) DO NOTHING")
                .bind(0, owed.updateId()).bind(1, SqliteTime.format(at)).bind(2, owed.chat())
                .bind(3, owed.replies()).execute()) == 1;
    }

    @Override
    public void repliesSent(Collection<Long> updateIds) {
        if (updateIds.isEmpty()) {
            return;
        }
        database.write(handle -> {
            PreparedBatch batch = handle.prepareBatch(
                    "UPDATE processed_updates SET owed = NULL WHERE update_id = ? AND owed IS NOT NULL");
            updateIds.forEach(id -> batch.bind(0, id).add());
            return batch.execute();
        });
    }

    @Override
    public List<OwedReplies> repliesOwed(int limit) {
        return database.read(handle -> handle.createQuery("SELECT update_id, chat_id, owed FROM processed_updates "
                        + "WHERE owed IS NOT NULL ORDER BY update_id LIMIT ?")
                .bind(0, limit)
                .map((rs, ctx) -> new OwedReplies(rs.getLong(1), rs.getLong(2), rs.getString(3))).list());
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
