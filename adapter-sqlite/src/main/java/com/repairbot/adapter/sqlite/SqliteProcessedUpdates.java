package com.repairbot.adapter.sqlite;

import com.repairbot.application.port.out.OwedReplies;
import com.repairbot.application.port.out.ProcessedUpdates;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Handled update ids in {@code processed_updates}; the primary key tells a first delivery from a repeat. The
 * replies still owed for an update are in the same row ({@code owed}, NULL once sent), written by the same
 * insert, so the record and its replies commit together; the single writer groups the inserts of concurrent
 * chats into one transaction. Owed replies carry their owner and the end of its hold ({@code owed_by},
 * {@code owed_until}, ADR 0034); a claim is one unit on the single writer, so two claims never take the same row.
 */
public final class SqliteProcessedUpdates implements ProcessedUpdates {

    private final SqliteDatabase database;

    /** @param database the file */
    public SqliteProcessedUpdates(SqliteDatabase database) {
        this.database = database;
    }

    private static final String MARK = "INSERT INTO processed_updates (update_id, at) VALUES (?, ?)"
            + " ON CONFLICT (update_id) DO NOTHING";
    private static final String MARK_OWING = "INSERT INTO processed_updates (update_id, at, chat_id, owed, owed_by,"
            + " owed_until) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (update_id) DO NOTHING";
    private static final String SENT = "UPDATE processed_updates SET owed = NULL"
            + " WHERE update_id = ? AND owed IS NOT NULL";
    // the owed replies' claims and holds, every round of every instance: one statement shape for any number of
    // ids (a JSON array), prepared once
    private static final String FREE_OWED = "SELECT update_id, chat_id, owed FROM processed_updates"
            + " WHERE owed IS NOT NULL AND (owed_until IS NULL OR owed_until <= ?) ORDER BY update_id LIMIT ?";
    private static final String CLAIM = "UPDATE processed_updates SET owed_by = ?, owed_until = ?"
            + " WHERE update_id IN (SELECT value FROM json_each(?))";
    private static final String HOLD = "UPDATE processed_updates SET owed_until = ?"
            + " WHERE update_id IN (SELECT value FROM json_each(?)) AND owed IS NOT NULL AND owed_by = ?";
    private static final String PROCESSED = "SELECT EXISTS (SELECT 1 FROM processed_updates WHERE update_id = ?)";

    // the per-update statements below run on statements prepared once per connection (ADR 0036)

    @Override
    public boolean markProcessed(long updateId, Instant at) {
        // the insert itself is the test: of two deliveries racing, only one inserts a row
        String when = SqliteTime.format(at);
        return database.write(handle -> database.update(handle, MARK, statement -> {
            statement.setLong(1, updateId);
            statement.setString(2, when);
        })) == 1;
    }

    @Override
    public boolean markProcessed(OwedReplies owed, Instant at, String owner, Duration hold) {
        return markProcessed(List.of(owed), at, owner, hold).contains(owed.updateId());
    }

    /**
     * One transaction for the lot (ADR 0038): the pages the inserts touch are written once per batch, not once
     * per update.
     */
    @Override
    public Set<Long> markProcessed(List<OwedReplies> owed, Instant at, String owner, Duration hold) {
        ProcessedUpdates.requireValid(owner, hold);
        if (owed.isEmpty()) {
            return Set.of();
        }
        String when = SqliteTime.format(at);
        String until = SqliteTime.format(at.plus(hold));
        return database.write(handle -> {
            Set<Long> first = new HashSet<>();
            for (OwedReplies one : owed) {
                int inserted = database.update(handle, MARK_OWING, statement -> {
                    statement.setLong(1, one.updateId());
                    statement.setString(2, when);
                    statement.setLong(3, one.chat());
                    statement.setString(4, one.replies());
                    statement.setString(5, owner);
                    statement.setString(6, until);
                });
                if (inserted == 1) {
                    first.add(one.updateId());
                }
            }
            return first;
        });
    }

    /** One unit on the single writer: what it reads as free, it holds for the claimer. */
    @Override
    public List<OwedReplies> claimOwed(String owner, Instant now, int limit, Duration hold) {
        ProcessedUpdates.requireValid(owner, hold);
        String at = SqliteTime.format(now);
        String until = SqliteTime.format(now.plus(hold));
        return database.write(handle -> {
            List<OwedReplies> taken = database.list(handle, FREE_OWED, statement -> {
                statement.setString(1, at);
                statement.setInt(2, Math.max(0, limit));
            }, row -> new OwedReplies(row.getLong(1), row.getLong(2), row.getString(3)));
            if (!taken.isEmpty()) {
                String ids = Statements.jsonArray(taken.stream().map(OwedReplies::updateId).toList());
                database.update(handle, CLAIM, statement -> {
                    statement.setString(1, owner);
                    statement.setString(2, until);
                    statement.setString(3, ids);
                });
            }
            return taken;
        });
    }

    /** One statement for the lot (the ids as one JSON array), in one write. */
    @Override
    public int holdOwed(String owner, Collection<Long> updateIds, Instant until) {
        if (updateIds.isEmpty()) {
            return 0;
        }
        String ids = Statements.jsonArray(updateIds);
        String at = SqliteTime.format(until);
        return database.write(handle -> database.update(handle, HOLD, statement -> {
            statement.setString(1, at);
            statement.setString(2, ids);
            statement.setString(3, owner);
        }));
    }

    @Override
    public void repliesSent(Collection<Long> updateIds) {
        if (updateIds.isEmpty()) {
            return;
        }
        database.write(handle -> {
            int set = 0;
            for (long id : updateIds) {
                set += database.update(handle, SENT, statement -> statement.setLong(1, id));
            }
            return set;
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
        return database.read(handle -> database.findOne(handle, PROCESSED, statement -> statement.setLong(1, updateId),
                row -> row.getInt(1) == 1).orElse(false));
    }

    /** The primary key's last entry: one index lookup. */
    @Override
    public OptionalLong highestRecorded() {
        Optional<Long> highest = database.read(handle -> handle.createQuery(
                        "SELECT update_id FROM processed_updates ORDER BY update_id DESC LIMIT 1").mapTo(Long.class).findOne());
        return highest.map(OptionalLong::of).orElseGet(OptionalLong::empty);
    }

    @Override
    public int forgetBefore(Instant before) {
        // fixed-width instants compare as text, and the index on at keeps this a range delete
        return database.write(handle -> handle.createUpdate("DELETE FROM processed_updates WHERE at < ?")
                .bind(0, SqliteTime.format(before)).execute());
    }
}
