package com.repairbot.bootstrap;

import com.repairbot.adapter.postgres.PostgresDatabase;
import com.repairbot.adapter.postgres.PostgresLocation;
import com.repairbot.adapter.postgres.PostgresStores;
import com.repairbot.adapter.sqlite.SqliteBackups;
import com.repairbot.application.assembly.Reporting;
import com.repairbot.application.assembly.ScheduleSettings;
import com.repairbot.application.assembly.Stores;
import com.repairbot.application.port.out.ConversationStore;
import com.repairbot.application.port.out.Locks;
import com.repairbot.application.port.out.ProcessedUpdates;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * PostgreSQL ({@code DATABASE_URL}): one database that several instances share (ADR 0020). Backups are the
 * server's business ({@code pg_dump}); exports still go to {@code exports} beside {@code DATABASE_PATH}.
 *
 * @param database     the pool on the database
 * @param databasePath {@code DATABASE_PATH}, only for where exports are written
 */
record PostgresStorage(PostgresDatabase database, Path databasePath) implements Storage {

    /** What {@code backup} and {@code restore} say instead of copying a file. */
    static final String USE_PG_DUMP = "the data is in PostgreSQL (DATABASE_URL): back it up with the server's tools,"
            + " e.g. pg_dump --format=custom --file=repair-bot.dump \"$DATABASE_URL\", and restore a copy into an"
            + " empty database with pg_restore --dbname=\"$DATABASE_URL\" repair-bot.dump (see the README)";

    static PostgresStorage open(PostgresLocation location, Path databasePath, int poolSize) {
        return new PostgresStorage(PostgresDatabase.open(location, Math.max(poolSize, 10)), databasePath);
    }

    @Override
    public Stores stores(ConversationStore conversations) {
        return PostgresStores.on(database, conversations);
    }

    @Override
    public ConversationStore conversations(Clock clock, Duration ttl) {
        return PostgresStores.conversations(database, clock, ttl);
    }

    @Override
    public ProcessedUpdates processedUpdates() {
        return PostgresStores.processedUpdates(database);
    }

    @Override
    public Locks leases(Clock clock) {
        return PostgresStores.locks(database, clock);
    }

    @Override
    public Reporting reporting(ScheduleSettings schedule) {
        return Reports.beside(databasePath, schedule);
    }

    @Override
    public Optional<SqliteBackups> backups(Path folder, int keep, Clock clock) {
        return Optional.empty();
    }

    @Override
    public String describe() {
        return "PostgreSQL " + database.location().describe();
    }

    @Override
    public void close() {
        database.close();
    }
}
