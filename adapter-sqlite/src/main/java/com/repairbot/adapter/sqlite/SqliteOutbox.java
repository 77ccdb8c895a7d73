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
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Notifications in the {@code outbox} table. {@link #enqueue} is a write, so inside a unit of work it
 * commits with the change that caused it; the id (AUTOINCREMENT, never reused) orders those due together.
 */
public final class SqliteOutbox implements Outbox {

    // the relay's statements: every announcement is claimed and deleted once (ADR 0036)
    private static final String DUE = "SELECT id, recipient, kind, request, detail, attempts FROM outbox"
            + " WHERE due_at <= ? ORDER BY due_at, id LIMIT ?";
    private static final String HOLD = "UPDATE outbox SET due_at = ? WHERE id IN (SELECT value FROM json_each(?))";
    private static final String DELETE_ONE = "DELETE FROM outbox WHERE id = ?";
    private static final String DELETE = "DELETE FROM outbox WHERE id IN (SELECT value FROM json_each(?))";

    /** A notification and when it is due, as one row of {@link #INSERT}. */
    private record Row(Notification notification, String due) {
    }

    private static final MultiRowInsert<Row> INSERT = new MultiRowInsert<>(
            "INSERT INTO outbox (recipient, kind, request, detail, due_at)", 5, (statement, first, row) -> {
                int p = first;
                statement.setLong(p++, row.notification().recipient().value());
                statement.setString(p++, row.notification().kind().name());
                statement.setLong(p++, row.notification().request().value());
                statement.setString(p++, row.notification().detail());
                statement.setString(p++, row.due());
                return p;
            });

    private final SqliteDatabase database;

    /** @param database the file */
    public SqliteOutbox(SqliteDatabase database) {
        this.database = database;
    }

    @Override
    public void enqueue(Notification notification, Instant at) {
        enqueueAll(List.of(notification), at);
    }

    /**
     * Multi-row INSERTs in one write (inside a unit of work: with its change): a new request's 49 announcements are
     * three statements (32 + 16 + 1 rows), not 49 (ADR 0036). The rows get their ids in the list's order.
     */
    @Override
    public void enqueueAll(List<Notification> notifications, Instant at) {
        if (notifications.isEmpty()) {
            return;
        }
        String due = SqliteTime.format(at);
        List<Row> rows = notifications.stream().map(n -> new Row(n, due)).toList();
        database.write(handle -> INSERT.insert(database, handle, rows));
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
        String at = SqliteTime.format(now);
        String until = SqliteTime.format(now.plus(hold));
        return database.write(handle -> {
            List<PendingNotification> taken = database.list(handle, DUE, statement -> {
                statement.setString(1, at);
                statement.setInt(2, Math.max(0, limit)); // a negative LIMIT means "no limit" to SQLite
            }, row -> pending(row, null));
            if (!taken.isEmpty()) {
                String ids = Statements.jsonArray(taken.stream().map(PendingNotification::id).toList());
                database.update(handle, HOLD, statement -> {
                    statement.setString(1, until);
                    statement.setString(2, ids);
                });
            }
            return taken;
        });
    }

    @Override
    public void delivered(long id) {
        database.write(handle -> database.update(handle, DELETE_ONE, statement -> statement.setLong(1, id)));
    }

    /** One statement for the lot (the ids as one JSON array), in one write; an empty collection writes nothing. */
    @Override
    public void delivered(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        String all = Statements.jsonArray(ids);
        database.write(handle -> database.update(handle, DELETE, statement -> statement.setString(1, all)));
    }

    @Override
    public void holdUntil(Collection<Long> ids, Instant until) {
        if (ids.isEmpty()) {
            return;
        }
        String all = Statements.jsonArray(ids);
        String at = SqliteTime.format(until);
        database.write(handle -> database.update(handle, HOLD, statement -> {
            statement.setString(1, at);
            statement.setString(2, all);
        }));
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
