package com.repairbot.adapter.postgres.testing;

import com.repairbot.adapter.postgres.PostgresDatabase;
import com.repairbot.adapter.postgres.PostgresLocation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Databases on the {@link PrivatePostgres} server for tests. {@link #open()} gives a migrated, empty one;
 * {@link #closeAll()} closes the pools. Creating a database costs about a second on a busy machine, so the
 * migrated ones are kept for the next test of the JVM and emptied ({@code TRUNCATE}) when handed out again.
 */
public final class TemporaryPostgres {

    /** Migrated databases no test uses now (their content is left over from the last one). */
    private static final Deque<PostgresLocation> IDLE = new ArrayDeque<>();

    private final List<PostgresDatabase> opened = new ArrayList<>();
    private final List<PostgresLocation> reusable = new ArrayList<>();
    private final List<PostgresLocation> fresh = new ArrayList<>();

    /** @return a migrated, empty database with a small pool */
    public PostgresDatabase open() {
        return open(4);
    }

    /** @return a migrated, empty database with a pool of this size */
    public PostgresDatabase open(int poolSize) {
        PostgresLocation location;
        synchronized (IDLE) {
            location = IDLE.poll();
        }
        if (location == null) {
            location = PrivatePostgres.server().newDatabase();
        }
        reusable.add(location);
        PostgresDatabase database = open(location, poolSize);
        empty(database);
        return database;
    }

    /** @return a new database with no schema at all, dropped by {@link #closeAll()} */
    public PostgresLocation newLocation() {
        PostgresLocation location = PrivatePostgres.server().newDatabase();
        fresh.add(location);
        return location;
    }

    /** @return another pool (another "instance") on a database of this object's, closed by {@link #closeAll()} */
    public PostgresDatabase open(PostgresLocation location, int poolSize) {
        PostgresDatabase database = PostgresDatabase.open(location, poolSize);
        opened.add(database);
        return database;
    }

    /** Every table empty and the request numbers from 1 again; the schema stays. */
    private static void empty(PostgresDatabase database) {
        database.write(handle -> {
            String tables = handle.createQuery("SELECT string_agg(quote_ident(tablename), ', ') FROM pg_tables"
                    + " WHERE schemaname = current_schema() AND tablename <> 'flyway_schema_history'")
                    .mapTo(String.class).one();
            handle.execute("TRUNCATE " + tables + " RESTART IDENTITY CASCADE");
            handle.execute("ALTER SEQUENCE request_numbers RESTART");
            return null;
        });
    }

    public void closeAll() {
        opened.forEach(PostgresDatabase::close);
        opened.clear();
        synchronized (IDLE) {
            IDLE.addAll(reusable);
        }
        reusable.clear();
        fresh.forEach(PrivatePostgres.server()::drop);
        fresh.clear();
    }
}
