package com.repairbot.adapter.postgres;

import com.repairbot.application.port.out.OwedReplies;
import com.repairbot.application.port.out.ProcessedUpdates;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * Handled update ids in {@code processed_updates}; the primary key tells a first delivery from a repeat,
 * whichever instance the repeat reaches. The replies still owed for an update are in the same row
 * ({@code owed}, NULL once sent), written by the same insert, with their owner and the end of its hold
 * ({@code owed_by}, {@code owed_until}, ADR 0034). A claim is one statement that picks the free rows no other
 * claim has locked ({@code FOR UPDATE SKIP LOCKED}), like the outbox's; claims and renewals run outside the write
 * lock of the units of work (they touch only these columns).
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
    public boolean markProcessed(OwedReplies owed, Instant at, String owner, Duration hold) {
        ProcessedUpdates.requireValid(owner, hold);
        // the record and the replies it owes in one row, one insert (ADR 0017), held by the instance that sends them
        return database.write(handle -> insertOwing(handle, owed, at, owner, hold)) == 1;
    }

    /** One transaction for the lot (ADR 0038): one commit, one flush of the write-ahead log, per batch. */
    @Override
    public Set<Long> markProcessed(List<OwedReplies> owed, Instant at, String owner, Duration hold) {
        ProcessedUpdates.requireValid(owner, hold);
        if (owed.isEmpty()) {
            return Set.of();
        }
        return database.write(handle -> {
            Set<Long> first = new HashSet<>();
            for (OwedReplies one : owed) {
                if (insertOwing(handle, one, at, owner, hold) == 1) {
                    first.add(one.updateId());
                }
            }
            return first;
        });
    }

    private static int insertOwing(Handle handle, OwedReplies owed, Instant at, String owner, Duration hold) {
        return handle.createUpdate("INSERT INTO processed_updates (update_id, at, at_ns, chat_id, owed, owed_by,"
                        + " owed_until) VALUES (:id, :at, :at_ns, :chat, :owed, :owner, :until)"
                        + " ON CONFLICT (update_id) DO NOTHING")
                .bind("id", owed.updateId()).bind("at", PostgresTime.at(at))
                .bind("at_ns", PostgresTime.nanosBelowMicros(at)).bind("chat", owed.chat())
                .bind("owed", owed.replies()).bind("owner", owner).bind("until", PostgresTime.at(at.plus(hold)))
                .execute();
    }

    @Override
    public List<OwedReplies> claimOwed(String owner, Instant now, int limit, Duration hold) {
        ProcessedUpdates.requireValid(owner, hold);
        // RETURNING gives rows in no particular order: sorted here, lowest update first
        return database.read(handle -> handle.createQuery("UPDATE processed_updates SET owed_by = :owner,"
                        + " owed_until = :until FROM (SELECT update_id FROM processed_updates WHERE owed IS NOT NULL"
                        + " AND (owed_until IS NULL OR owed_until <= :now) ORDER BY update_id LIMIT :limit"
                        + " FOR UPDATE SKIP LOCKED) AS taken WHERE processed_updates.update_id = taken.update_id"
                        + " RETURNING processed_updates.update_id, chat_id, owed")
                .bind("owner", owner).bind("until", PostgresTime.at(now.plus(hold)))
                .bind("now", PostgresTime.at(now)).bind("limit", Math.max(0, limit))
                .map((rs, ctx) -> new OwedReplies(rs.getLong(1), rs.getLong(2), rs.getString(3))).list())
                .stream().sorted(Comparator.comparingLong(OwedReplies::updateId)).toList();
    }

    @Override
    public int holdOwed(String owner, Collection<Long> updateIds, Instant until) {
        if (updateIds.isEmpty()) {
            return 0;
        }
        return database.read(handle -> handle.createUpdate("UPDATE processed_updates SET owed_until = :until"
                        + " WHERE update_id = ANY(:ids) AND owed IS NOT NULL AND owed_by = :owner")
                .bind("until", PostgresTime.at(until)).bind("owner", owner)
                .bindArray("ids", Long.class, List.copyOf(updateIds)).execute());
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

    /** The primary key's last entry: one index lookup. */
    @Override
    public OptionalLong highestRecorded() {
        Optional<Long> highest = database.read(handle -> handle.createQuery(
                        "SELECT update_id FROM processed_updates ORDER BY update_id DESC LIMIT 1").mapTo(Long.class)
                .findOne());
        return highest.map(OptionalLong::of).orElseGet(OptionalLong::empty);
    }

    @Override
    public int forgetBefore(Instant before) {
        return database.write(handle -> handle.createUpdate("DELETE FROM processed_updates WHERE at < :before")
                .bind("before", PostgresTime.at(before)).execute());
    }
}
