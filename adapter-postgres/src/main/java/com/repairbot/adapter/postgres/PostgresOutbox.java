package com.repairbot.adapter.postgres;

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
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.Update;

/**
 * Notifications in the {@code outbox} table. {@link #enqueue} inside a unit of work commits with the change
 * that caused it. {@link #claim} is how the relays of several instances share the work: one statement picks
 * the due rows no other claim has locked ({@code FOR UPDATE SKIP LOCKED}) and moves them to the end of the
 * hold, so two relays never take the same row and neither waits for the other. It runs outside the write
 * lock of the units of work: it touches no row a unit of work writes, except by id after the fact.
 */
public final class PostgresOutbox implements Outbox {

    private static final String FIELDS = "id, recipient, kind, request, detail, attempts";

    private final PostgresDatabase database;

    /** @param database the database */
    public PostgresOutbox(PostgresDatabase database) {
        this.database = database;
    }

    @Override
    public void enqueue(Notification notification, Instant at) {
        database.write(handle -> handle.createUpdate("INSERT INTO outbox (recipient, kind, request, detail, due_at, "
                        + "due_at_ns) VALUES (:recipient, :kind, :request, :detail, :due_at, :due_at_ns)")
                .bind("recipient", notification.recipient().value())
                .bind("kind", notification.kind().name())
                .bind("request", notification.request().value())
                .bind("detail", notification.detail())
                .bind("due_at", PostgresTime.at(at))
                .bind("due_at_ns", PostgresTime.nanosBelowMicros(at))
                .execute());
    }

    /** One prepared statement sent as a JDBC batch, in one write (inside a unit of work: with its change). */
    @Override
    public void enqueueAll(List<Notification> notifications, Instant at) {
        if (notifications.isEmpty()) {
            return;
        }
        database.write(handle -> {
            PreparedBatch batch = handle.prepareBatch("INSERT INTO outbox (recipient, kind, request, detail, due_at, "
                    + "due_at_ns) VALUES (?, ?, ?, ?, ?, ?)");
            notifications.forEach(n -> batch.bind(0, n.recipient().value()).bind(1, n.kind().name())
                    .bind(2, n.request().value()).bind(3, n.detail()).bind(4, PostgresTime.at(at))
                    .bind(5, PostgresTime.nanosBelowMicros(at)).add());
            return batch.execute();
        });
    }

    @Override
    public List<PendingNotification> due(Instant now, int limit) {
        return database.read(handle -> handle.createQuery("SELECT " + FIELDS
                        + " FROM outbox WHERE due_at <= :now ORDER BY due_at, due_at_ns, id LIMIT :limit")
                .bind("now", PostgresTime.at(now))
                .bind("limit", Math.max(0, limit))
                .map(PostgresOutbox::pending)
                .list());
    }

    @Override
    public List<PendingNotification> claim(Instant now, int limit, Duration hold) {
        record Claimed(PendingNotification pending, Instant wasDue) {
        }
        // RETURNING gives rows in no particular order: the old due time, returned beside, restores it
        List<Claimed> claimed = database.read(handle -> handle.createQuery("UPDATE outbox SET due_at = :until, due_at_ns = :until_ns"
                        + " FROM (SELECT id, due_at, due_at_ns FROM outbox WHERE due_at <= :now ORDER BY due_at, due_at_ns, id"
                        + " LIMIT :limit FOR UPDATE SKIP LOCKED) AS taken"
                        + " WHERE outbox.id = taken.id"
                        + " RETURNING outbox.id, recipient, kind, request, detail, attempts, taken.due_at AS was_due, taken.due_at_ns AS was_due_ns")
                .bind("until", PostgresTime.at(now.plus(hold)))
                .bind("until_ns", PostgresTime.nanosBelowMicros(now.plus(hold)))
                .bind("now", PostgresTime.at(now))
                .bind("limit", Math.max(0, limit))
                .map((rs, ctx) -> new Claimed(pending(rs, ctx), PostgresTime.instant(rs, "was_due", "was_due_ns")))
                .list());
        return claimed.stream()
                .sorted(Comparator.comparing(Claimed::wasDue).thenComparing(c -> c.pending().id()))
                .map(Claimed::pending)
                .toList();
    }

    @Override
    public void delivered(long id) {
        database.write(handle -> handle.createUpdate("DELETE FROM outbox WHERE id = :id").bind("id", id).execute());
    }

    /** One transaction for the lot (statements of at most 1,000 ids, far below PostgreSQL's parameter limit). */
    @Override
    public void delivered(Collection<Long> ids) {
        inChunks(ids, "DELETE FROM outbox WHERE id IN (<ids>)", update -> update);
    }

    @Override
    public void holdUntil(Collection<Long> ids, Instant until) {
        inChunks(ids, "UPDATE outbox SET due_at = :until, due_at_ns = :until_ns WHERE id IN (<ids>)", update -> update.bind("until", PostgresTime.at(until)).bind("until_ns", PostgresTime.nanosBelowMicros(until)));
    }

    /** One statement per chunk of ids, all in one write; an empty collection writes nothing. */
    private void inChunks(Collection<Long> ids, String sql, UnaryOperator<Update> bind) {
        if (ids.isEmpty()) {
            return;
        }
        List<Long> all = List.copyOf(ids);
        database.write(handle -> {
            for (int from = 0; from < all.size(); from += 1000) {
                bind.apply(handle.createUpdate(sql))
                        .bindList("ids", all.subList(from, Math.min(all.size(), from + 1000)))
                        .execute();
            }
            return null;
        });
    }

    @Override
    public void retryLater(long id, Instant next) {
        // counted in SQL, so a retry never overwrites another's count with a stale one
        database.write(handle -> handle.createUpdate(
                        "UPDATE outbox SET due_at = :next, due_at_ns = :next_ns, attempts = attempts + 1 WHERE id = :id")
                .bind("next", PostgresTime.at(next)).bind("next_ns", PostgresTime.nanosBelowMicros(next))
                .bind("id", id).execute());
    }

    @Override
    public int size() {
        return database.read(handle -> handle.createQuery("SELECT count(*) FROM outbox").mapTo(Integer.class).one());
    }

    @Override
    public Optional<Instant> oldestDue() {
        // the (due_at, id) index answers min() without a scan
        return database.read(handle -> handle.createQuery("SELECT due_at, due_at_ns FROM outbox"
                        + " ORDER BY due_at, due_at_ns LIMIT 1")
                .map((rs, ctx) -> PostgresTime.instant(rs, "due_at", "due_at_ns")).findOne());
    }

    private static PendingNotification pending(ResultSet rs, StatementContext ctx) throws SQLException {
        Notification notification = new Notification(new ChatId(rs.getLong("recipient")),
                NotificationKind.valueOf(rs.getString("kind")), new RequestNumber(rs.getLong("request")),
                rs.getString("detail"));
        return new PendingNotification(rs.getLong("id"), notification, rs.getInt("attempts"));
    }
}
