package com.repairbot.adapter.sqlite;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;

/**
 * Everything in the file, table by table, as rows of plain Java values, read in one transaction so that the
 * rows of all tables are one consistent snapshot (the bot may keep running). For moving a company to another
 * database: instants come as {@link java.time.Instant}, a visit's time as {@link java.time.LocalDateTime}, a
 * date as {@link java.time.LocalDate}, flags as {@link Boolean}, numbers as {@link Long}, the rest as text.
 */
public final class SqliteExport {

    /** Every table of data, parents before the tables that refer to them. */
    public static final List<String> TABLES = List.of("staff_roles", "technicians", "people", "requests",
            "request_words", "request_history", "idempotency_keys", "audit_log", "outbox", "conversations",
            "conversation_data", "processed_updates", "job_leases", "job_runs", "fired_alerts", "card_placements",
            "unreachable_chats", "clients");
    private static final Set<String> INSTANTS = Set.of("created_at", "updated_at", "status_since", "at", "due_at",
            "until", "slot", "since", "owed_until");
    private static final Set<String> FLAGS = Set.of("review_taken", "out_of_city", "active", "language_chosen",
            "from_client", "cancelled_by_client");

    private final Handle handle;

    private SqliteExport(Handle handle) {
        this.handle = handle;
    }

    /**
     * Runs {@code work} inside one read transaction of the file.
     *
     * @return what the work returned
     */
    public static <T> T inSnapshot(SqliteDatabase database, Function<SqliteExport, T> work) {
        return database.read(handle -> {
            handle.begin(); // a read transaction in WAL mode: a snapshot that commits of the writer do not change
            try {
                return work.apply(new SqliteExport(handle));
            } finally {
                handle.rollback();
            }
        });
    }

    /** @return the last request number handed out (the next one continues from it) */
    public long lastRequestNumber() {
        return handle.createQuery("SELECT last FROM request_number WHERE id = 1").mapTo(Long.class).one();
    }

    /**
     * Gives every row of one of the {@link #TABLES}, column name to value (null for SQL NULL).
     *
     * @throws IllegalArgumentException for a table that is not one of them
     */
    public void rows(String table, Consumer<Map<String, Object>> each) {
        if (!TABLES.contains(table)) {
            throw new IllegalArgumentException("not a table of data: " + table);
        }
        handle.createQuery("SELECT * FROM " + table).setFetchSize(1000).map((rs, ctx) -> row(rs))
                .useStream(rows -> rows.forEach(each));
    }

    private static Map<String, Object> row(ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            String column = meta.getColumnName(i);
            Object value = rs.getObject(i);
            row.put(column, value == null ? null : convert(column, value));
        }
        return row;
    }

    private static Object convert(String column, Object value) {
        if (INSTANTS.contains(column)) {
            return SqliteTime.parse(value.toString());
        }
        if (column.equals("visit_at")) {
            return SqliteTime.parseLocal(value.toString());
        }
        if (column.equals("long_expected_by")) {
            return SqliteTime.parseDate(value.toString());
        }
        if (FLAGS.contains(column)) {
            return ((Number) value).longValue() != 0;
        }
        return value instanceof Number number ? (Object) number.longValue() : value.toString();
    }
}
