package com.repairbot.adapter.postgres;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Loads a company's data into an empty database, table by table, from rows of plain Java values (as
 * {@code SqliteExport} gives them), in one transaction: the target holds all of it or nothing. Ids are kept;
 * afterwards the identity columns and the request numbers continue after the highest copied. Also reads the
 * tables back in the same plain form, to verify the copy.
 */
public final class PostgresImport {

    /** Every table of data, parents before the tables that refer to them (the same names as in SQLite). */
    public static final List<String> TABLES = List.of("staff_roles", "technicians", "people", "requests",
            "request_words", "request_history", "idempotency_keys", "audit_log", "outbox", "conversations",
            "conversation_data", "processed_updates", "job_leases", "job_runs", "fired_alerts", "card_placements",
            "unreachable_chats", "clients");
    private static final Set<String> WITH_IDENTITY = Set.of("request_history", "audit_log", "outbox");
    private static final int BATCH = 500;

    private final Handle handle;

    private PostgresImport(Handle handle) {
        this.handle = handle;
    }

    /** @return each table of data that holds rows, with how many; empty for an empty database */
    public static Map<String, Long> nonEmptyTables(PostgresDatabase database) {
        return database.read(handle -> {
            Map<String, Long> found = new LinkedHashMap<>();
            for (String table : TABLES) {
                long rows = handle.createQuery("SELECT count(*) FROM " + table).mapTo(Long.class).one();
                if (rows > 0) {
                    found.put(table, rows);
                }
            }
            if (handle.createQuery("SELECT is_called FROM request_numbers").mapTo(Boolean.class).one()) {
                found.put("request_numbers (drawn)", 1L);
            }
            return found;
        });
    }

    /**
     * Runs the load as one unit of work.
     *
     * @throws IllegalStateException when the database is not empty (nothing is written)
     */
    public static void into(PostgresDatabase database, Consumer<PostgresImport> load) {
        database.write(handle -> {
            Map<String, Long> found = nonEmptyTables(database);
            if (!found.isEmpty()) {
                throw new IllegalStateException("the target database is not empty: " + found);
            }
            load.accept(new PostgresImport(handle));
            for (String table : WITH_IDENTITY) {
                handle.createQuery("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'),"
                        + " coalesce(max(id), 0) + 1, false) FROM " + table).mapTo(Long.class).one();
            }
            return null;
        });
    }

    /** @return a sink for the rows of one table; {@link Sink#close()} writes what is left */
    public Sink table(String table) {
        check(table);
        return new Sink(table);
    }

    /** The request numbers continue after {@code last} (and after the highest request copied). */
    public void requestNumbersAfter(long last) {
        long highest = handle.createQuery("SELECT coalesce(max(number), 0) FROM requests").mapTo(Long.class).one();
        long continueAfter = Math.max(last, highest);
        if (continueAfter > 0) {
            handle.createQuery("SELECT setval('request_numbers', :last, true)").bind("last", continueAfter)
                    .mapTo(Long.class).one();
        }
    }

    /** @return the number the next request will get, without drawing it */
    public static long nextRequestNumber(PostgresDatabase database) {
        return database.read(handle -> handle.createQuery("SELECT CASE WHEN is_called THEN last_value + 1"
                + " ELSE last_value END FROM request_numbers").mapTo(Long.class).one());
    }

    /** Rows of one table, written in batches. */
    public final class Sink implements Consumer<Map<String, Object>>, AutoCloseable {

        private final String table;
        private final List<Map<String, Object>> pending = new ArrayList<>();

        private Sink(String table) {
            this.table = table;
        }

        @Override
        public void accept(Map<String, Object> row) {
            pending.add(row);
            if (pending.size() >= BATCH) {
                flush();
            }
        }

        private void flush() {
            if (pending.isEmpty()) {
                return;
            }
            List<String> columns = new ArrayList<>();
            pending.getFirst().forEach((column, value) -> columns.add(column));
            List<String> targets = new ArrayList<>(columns);
            for (String column : columns) {
                if (isInstantColumn(pending, column)) {
                    targets.add(column + "_ns");
                }
            }
            PreparedBatch batch = handle.prepareBatch("INSERT INTO " + table + " (" + String.join(", ", targets)
                    + ") VALUES (" + targets.stream().map(c -> ":" + c).collect(Collectors.joining(", ")) + ")");
            for (Map<String, Object> row : pending) {
                for (String column : columns) {
                    Object value = row.get(column);
                    if (targets.contains(column + "_ns")) {
                        Instant instant = (Instant) value;
                        batch.bind(column, PostgresTime.at(instant));
                        batch.bind(column + "_ns", instant == null ? 0 : PostgresTime.nanosBelowMicros(instant));
                    } else if (value instanceof LocalDateTime local) {
                        batch.bind(column, PostgresTime.local(local));
                    } else if (value instanceof LocalDate date) {
                        batch.bind(column, PostgresTime.date(date));
                    } else {
                        batch.bind(column, value);
                    }
                }
                batch.add();
            }
            batch.execute();
            pending.clear();
        }

        @Override
        public void close() {
            flush();
        }
    }

    private static boolean isInstantColumn(List<Map<String, Object>> rows, String column) {
        return rows.stream().map(row -> row.get(column)).anyMatch(Instant.class::isInstance);
    }

    /**
     * Gives every row of one of the {@link #TABLES} in the plain form it was loaded from: an instant with the
     * nanoseconds of its {@code _ns} column, which is not a column of its own here.
     */
    public static void rows(PostgresDatabase database, String table, Consumer<Map<String, Object>> each) {
        check(table);
        database.readInTransaction(handle -> {
            handle.createQuery("SELECT * FROM " + table).setFetchSize(1000).map((rs, ctx) -> row(rs))
                    .useStream(rows -> rows.forEach(each));
            return null;
        });
    }

    private static Map<String, Object> row(ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        Map<String, Object> row = new LinkedHashMap<>();
        Map<String, Integer> nanos = new LinkedHashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            String column = meta.getColumnName(i);
            String type = meta.getColumnTypeName(i);
            if (column.endsWith("_ns")) {
                nanos.put(column.substring(0, column.length() - 3), rs.getInt(i));
                continue;
            }
            Object value = switch (type) {
                case "timestamptz" -> rs.getObject(i, OffsetDateTime.class);
                case "timestamp" -> rs.getObject(i, LocalDateTime.class);
                case "date" -> rs.getObject(i, LocalDate.class);
                case "bool" -> rs.getObject(i, Boolean.class);
                // an identity column is reported as a serial type
                case "int2", "int4", "int8", "smallserial", "serial", "bigserial" ->
                        rs.getObject(i) == null ? null : rs.getLong(i);
                default -> rs.getString(i);
            };
            row.put(column, value instanceof OffsetDateTime odt ? odt.toInstant() : value);
        }
        nanos.forEach((column, ns) -> row.computeIfPresent(column, (k, v) -> ((Instant) v).plusNanos(ns)));
        return row;
    }

    private static void check(String table) {
        if (!TABLES.contains(table)) {
            throw new IllegalArgumentException("not a table of data: " + table);
        }
    }
}
