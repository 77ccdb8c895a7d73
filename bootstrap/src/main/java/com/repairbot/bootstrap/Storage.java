package com.repairbot.bootstrap;

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
 * Where the data is kept: the SQLite file ({@code DATABASE_PATH}, one machine, the default) or PostgreSQL
 * ({@code DATABASE_URL}, one database that several instances share). Each mode asks this for what it needs.
 */
interface Storage extends AutoCloseable {

    /**
     * Opens (and migrates) the configured database.
     *
     * @param connections read connections (SQLite) or the pool's size (PostgreSQL)
     * @throws com.repairbot.application.port.out.StoreUnavailableException when it cannot be opened
     */
    static Storage open(Configuration config, int connections) {
        return config.postgres().<Storage>map(location -> PostgresStorage.open(location, config.databasePath(),
                        connections))
                .orElseGet(() -> new SqliteStorage(Main.database(config, connections)));
    }

    /** @return every storing port on this database, with dialogs kept in {@code conversations} */
    Stores stores(ConversationStore conversations);

    /** @return dialogs kept in this database (when no Redis is configured) */
    ConversationStore conversations(Clock clock, Duration ttl);

    /** @return the update ids handled */
    ProcessedUpdates processedUpdates();

    /** @return job leases as rows of this database (when no Redis is configured) */
    Locks leases(Clock clock);

    /** @return the schedule and the export writer, exports in {@code exports} beside {@code DATABASE_PATH} */
    Reporting reporting(ScheduleSettings schedule);

    /** @return online backups into {@code folder}; empty when the database is backed up by its own tools */
    Optional<SqliteBackups> backups(Path folder, int keep, Clock clock);

    /** @return where the data is, for log lines and {@code check} (never a password) */
    String describe();

    @Override
    void close();
}
