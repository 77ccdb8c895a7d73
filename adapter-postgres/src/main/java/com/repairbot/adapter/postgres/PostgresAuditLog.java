package com.repairbot.adapter.postgres;

import com.repairbot.application.port.out.AuditEntry;
import com.repairbot.application.port.out.AuditFilter;
import com.repairbot.application.port.out.AuditLog;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.staff.UserId;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.statement.Query;

/**
 * The {@code audit_log} table. {@link #record} is a write, so inside a unit of work it commits with the
 * change it records. "Newest" is by id: units of work run one at a time, so ids follow the commit order.
 */
public final class PostgresAuditLog implements AuditLog {

    private final PostgresDatabase database;

    /** @param database the database */
    public PostgresAuditLog(PostgresDatabase database) {
        this.database = database;
    }

    @Override
    public void record(AuditEntry entry) {
        database.write(handle -> handle.createUpdate("INSERT INTO audit_log (at, at_ns, actor, action, request, "
                        + "details, old_value, new_value) VALUES (:at, :at_ns, :actor, :action, :request, :details,"
                        + " :old_value, :new_value)")
                .bind("at", PostgresTime.at(entry.at()))
                .bind("at_ns", PostgresTime.nanosBelowMicros(entry.at()))
                .bind("actor", entry.actor().value())
                .bind("action", entry.action())
                .bind("request", entry.request().map(RequestNumber::value).orElse(null))
                .bind("details", entry.details())
                .bind("old_value", entry.oldValue().orElse(null))
                .bind("new_value", entry.newValue().orElse(null))
                .execute());
    }

    @Override
    public List<AuditEntry> latest(int limit) {
        return find(AuditFilter.ALL, 0, limit);
    }

    /** One request's entries read {@code audit_by_request}, one person's {@code audit_by_actor}. */
    @Override
    public List<AuditEntry> find(AuditFilter filter, int offset, int limit) {
        return database.read(handle -> bound(handle.createQuery("SELECT at, at_ns, actor, action, request, details,"
                        + " old_value, new_value FROM audit_log WHERE " + WHERE
                        + " ORDER BY id DESC LIMIT :limit OFFSET :offset"), filter)
                .bind("limit", Math.max(0, limit))
                .bind("offset", Math.max(0, offset))
                .map((rs, ctx) -> {
                    long request = rs.getLong("request");
                    Optional<RequestNumber> number =
                            rs.wasNull() ? Optional.empty() : Optional.of(new RequestNumber(request));
                    return new AuditEntry(PostgresTime.instant(rs, "at", "at_ns"), new UserId(rs.getLong("actor")),
                            rs.getString("action"), number, rs.getString("details"),
                            Optional.ofNullable(rs.getString("old_value")),
                            Optional.ofNullable(rs.getString("new_value")));
                })
                .list());
    }

    @Override
    public int count(AuditFilter filter) {
        return database.read(handle -> bound(handle.createQuery("SELECT count(*) FROM audit_log WHERE " + WHERE),
                filter).mapTo(Integer.class).one());
    }

    private static final String WHERE = "(CAST(:request AS bigint) IS NULL OR request = CAST(:request AS bigint))"
            + " AND (CAST(:actor AS bigint) IS NULL OR actor = CAST(:actor AS bigint))";

    private static Query bound(Query query, AuditFilter filter) {
        return query.bind("request", filter.request().map(RequestNumber::value).orElse(null))
                .bind("actor", filter.actor().map(UserId::value).orElse(null));
    }
}
