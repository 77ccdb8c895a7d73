package com.repairbot.adapter.sqlite;

import com.repairbot.application.port.out.AuditEntry;
import com.repairbot.application.port.out.AuditFilter;
import com.repairbot.application.port.out.AuditLog;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.staff.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.UseRowMapper;

/**
 * The {@code audit_log} table. {@link #record} is a write, so inside a unit of work it commits with the
 * change it records. "Newest" is by id (AUTOINCREMENT), not by time: entries of the same instant keep the
 * order they were recorded in.
 */
public final class SqliteAuditLog implements AuditLog {

    /** The statements, as a Jdbi SqlObject. */
    interface Rows {

        /** One request's entries read {@code audit_by_request}, one person's {@code audit_by_actor}. */
        @SqlQuery("SELECT at, actor, action, request, details, old_value, new_value FROM audit_log"
                + " WHERE (:request IS NULL OR request = :request) AND (:actor IS NULL OR actor = :actor)"
                + " ORDER BY id DESC LIMIT :limit OFFSET :offset")
        @UseRowMapper(EntryRow.class)
        List<AuditEntry> find(@Bind("request") Long request, @Bind("actor") Long actor, @Bind("offset") int offset,
                              @Bind("limit") int limit);

        @SqlQuery("SELECT count(*) FROM audit_log"
                + " WHERE (:request IS NULL OR request = :request) AND (:actor IS NULL OR actor = :actor)")
        int count(@Bind("request") Long request, @Bind("actor") Long actor);

        /**
         * An {@code audit_log} row as an {@link AuditEntry}.
         * Jdbi creates it through a public lookup, so it must be a public class with a public constructor: as a
         * member of an interface it is, yet it cannot be named outside this package because the interface cannot.
         */
        final class EntryRow implements RowMapper<AuditEntry> {

            @Override
            public AuditEntry map(ResultSet rs, StatementContext ctx) throws SQLException {
                long request = rs.getLong("request");
                Optional<RequestNumber> number =
                        rs.wasNull() ? Optional.empty() : Optional.of(new RequestNumber(request));
                return new AuditEntry(SqliteTime.parse(rs.getString("at")), new UserId(rs.getLong("actor")),
                        rs.getString("action"), number, rs.getString("details"),
                        Optional.ofNullable(rs.getString("old_value")), Optional.ofNullable(rs.getString("new_value")));
            }
        }
    }

    /** Every change records an entry: a statement prepared once on the writer, not a SqlObject call (ADR 0036). */
    private static final String RECORD = "INSERT INTO audit_log (at, actor, action, request, details, old_value,"
            + " new_value) VALUES (?, ?, ?, ?, ?, ?, ?)";

    private final SqliteDatabase database;

    /** @param database the file */
    public SqliteAuditLog(SqliteDatabase database) {
        this.database = database;
    }

    @Override
    public void record(AuditEntry entry) {
        String at = SqliteTime.format(entry.at());
        database.write(handle -> database.update(handle, RECORD, statement -> {
            statement.setString(1, at);
            statement.setLong(2, entry.actor().value());
            statement.setString(3, entry.action());
            Statements.setLong(statement, 4, entry.request().map(RequestNumber::value));
            statement.setString(5, entry.details());
            statement.setString(6, entry.oldValue().orElse(null));
            statement.setString(7, entry.newValue().orElse(null));
        }));
    }

    @Override
    public List<AuditEntry> latest(int limit) {
        return find(AuditFilter.ALL, 0, limit);
    }

    @Override
    public List<AuditEntry> find(AuditFilter filter, int offset, int limit) {
        // a negative LIMIT means "no limit" to SQLite
        return database.read(handle -> handle.attach(Rows.class).find(
                filter.request().map(RequestNumber::value).orElse(null), filter.actor().map(UserId::value).orElse(null),
                Math.max(0, offset), Math.max(0, limit)));
    }

    @Override
    public int count(AuditFilter filter) {
        return database.read(handle -> handle.attach(Rows.class).count(
                filter.request().map(RequestNumber::value).orElse(null), filter.actor().map(UserId::value).orElse(null)));
    }
}
