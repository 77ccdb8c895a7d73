package com.repairbot.adapter.sqlite;

import com.repairbot.application.port.out.Notification;
import com.repairbot.application.port.out.NotificationKind;
import com.repairbot.application.port.out.Outbox;
import com.repairbot.application.port.out.PendingNotification;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.staff.ChatId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.Update;

/**
 * Notifications in the {@code outbox} table. {@link #enqueue} is a write, so inside a unit of work it
 * commits with the change that caused it; the id (AUTOINCREMENT, never reused) orders those due together.
 */
public final class SqliteOutbox implements Outbox {

    /** Ids per statement: well below SQLite's limit of bound parameters (999 in older builds). */
    private static final int CHUNK = 500;

    private final SqliteDatabase database;

    /** @param database the file */
    public SqliteOutbox(SqliteDatabase database) {
        this.database = database;
    }

    @Override
    public void enqueue(Notification notification, Instant at) {
        database.write(handle -> handle.createUpdate("INSERT INTO outbox (recipient, kind, request, detail, due_at) "
                        + "VALUES (:recipient, :kind, :request, :detail, :due_at)")
                .bind("recipient", notification.recipient().value())
                .bind("kind", notification.kind().name())
                .bind("request", notification.request().value())
                .bind("detail", notification.detail())
                .bind("due_at", SqliteTime.format(at))
                .execute());
    }

    /** One prepared statement run for each, in one write (inside a unit of work: with its change). */
    @Override
    public void enqueueAll(List<Notification> notifications, Instant at) {
        if (notifications.isEmpty()) {
            return;
        }
        String due = SqliteTime.format(at);
        database.write(handle -> {
            PreparedBatch batch = handle.prepareBatch("INSERT INTO outbox (recipient, kind, request, detail, due_at) "
                    + "VALUES (?, ?, ?, ?, ?)");
            notifications.forEach(n -> batch.bind(0, n.recipient().value()).bind(1, n.kind().name())
                    .bind(2, n.request().value()).bind(3, n.detail()).bind(4, due).add());
            return batch.execute();
        });
    }

    @Override
    public List<PendingNotification> due(Instant now, int limit) {
        return database.read(handle -> handle.createQuery("SELECT id, recipient, kind, request, detail, attempts "
                        + "FROM outbox WHERE due_at <= :now ORDER BY due_at, id LIMIT :limit")
                .bind("now", SqliteTime.format(now))
                .bind("limit", Math.max(0, limit)) // a negative LIMIT means "no limit" to SQLite
                .map(SqliteOutbox::pending)
                .list());
    }

    /** One unit of work on the single writer: what it reads as due, it moves to the hold's end. */
    @Override
    public List<PendingNotification> claim(Instant now, int limit, Duration hold) {
        return database.write(handle -> {
            List<PendingNotification> taken = handle.createQuery("SELECT id, recipient, kind, request, detail, "
                            + "attempts FROM outbox WHERE due_at <= :now ORDER BY due_at, id LIMIT :limit")
                    .bind("now", SqliteTime.format(now))
                    .bind("limit", Math.max(0, limit))
                    .map(SqliteOutbox::pending)
                    .list();
            if (!taken.isEmpty()) {
                handle.createUpdate("UPDATE outbox SET due_at = :until WHERE id IN (<ids>)")
                        .bind("until", SqliteTime.format(now.plus(hold)))
                        .bindList("ids", taken.stream().map(PendingNotification::id).toList())
                        .execute();
            }
            return taken;
        });
    }

    @Override
    public void delivered(long id) {
        database.write(handle -> handle.createUpdate("DELETE FROM outbox WHERE id = ?").bind(0, id).execute());
    }

    /** One write transaction on the single writer for the lot (chunks of 500 ids: SQLite's parameter limit). */
    @Override
    public void delivered(Collection<Long> ids) {
        inChunks(ids, "DELETE FROM outbox WHERE id IN (<ids>)", update -> update);
    }

    @Override
    public void holdUntil(Collection<Long> ids, Instant until) {
        inChunks(ids, "UPDATE outbox SET due_at = :until WHERE id IN (<ids>)", update -> update.bind("until", SqliteTime.format(until)));
    }

    /** One statement per chunk of ids, all in one write; an empty collection writes nothing. */
    private void inChunks(Collection<Long> ids, String sql, UnaryOperator<Update> bind) {
        if (ids.isEmpty()) {
            return;
        }
        List<Long> all = List.copyOf(ids);
        database.write(handle -> {
            for (int from = 0; from < all.size(); from += CHUNK) {
                bind.apply(handle.createUpdate(sql))
                        .bindList("ids", all.subList(from, Math.min(all.size(), from + CHUNK)))
                        .execute();
            }
            return null;
        });
    }

    @Override
    public void retryLater(long id, Instant next) {
        // counted in SQL, so a retry never overwrites another's count with a stale one
        database.write(handle -> handle.createUpdate(
                        "UPDATE outbox SET due_at = :next, attempts = attempts + 1 WHERE id = :id")
                .bind("next", SqliteTime.format(next)).bind("id", id).execute());
    }

    @Override
    public int size() {
        return database.read(handle -> handle.createQuery("SELECT count(*) FROM outbox").mapTo(Integer.class).one());
    }

    @Override
    public Optional<Instant> oldestDue() {
        // the (due_at, id) index answers min() without a scan
        return database.read(handle -> handle.createQuery("SELECT min(due_at) FROM outbox")
                .mapTo(String.class).findOne().map(SqliteTime::parse));
    }

    private static PendingNotification pending(ResultSet rs, StatementContext ctx) throws SQLException {
        Notification notification = new Notification(new ChatId(rs.getLong("recipient")),
                NotificationKind.valueOf(rs.getString("kind")), new RequestNumber(rs.getLong("request")),
                rs.getString("detail"));
        return new PendingNotification(rs.getLong("id"), notification, rs.getInt("attempts"));
    }
}
