package com.repairbot.adapter.postgres;

import com.repairbot.application.port.out.AuditEntry;
import com.repairbot.application.port.out.AuditLog;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.staff.UserId;
import java.util.List;
import java.util.Optional;

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
                        + "details) VALUES (:at, :at_ns, :actor, :action, :request, :details)")
                .bind("at", PostgresTime.at(entry.at()))
                .bind("at_ns", PostgresTime.nanosBelowMicros(entry.at()))
                .bind("actor", entry.actor().value())
                .bind("action", entry.action())
                .bind("request", entry.request().map(RequestNumber::value).orElse(null))
                .bind("details", entry.details())
                .execute());
    }

    @Override
    public List<AuditEntry> latest(int limit) {
        return database.read(handle -> handle.createQuery("SELECT at, at_ns, actor, action, request, details "
                        + "FROM audit_log ORDER BY id DESC LIMIT :limit")
                .bind("limit", Math.max(0, limit))
                .map((rs, ctx) -> {
                    long request = rs.getLong("request");
                    Optional<RequestNumber> number =
                            rs.wasNull() ? Optional.empty() : Optional.of(new RequestNumber(request));
                    return new AuditEntry(PostgresTime.instant(rs, "at", "at_ns"), new UserId(rs.getLong("actor")),
                            rs.getString("action"), number, rs.getString("details"));
                })
                .list());
    }
}
