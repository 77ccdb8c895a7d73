package com.repairbot.bootstrap;

import com.repairbot.adapter.sqlite.SqliteBackups;
import com.repairbot.adapter.sqlite.SqliteDatabase;
import com.repairbot.adapter.sqlite.SqliteStores;
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

/** The embedded default: everything in one SQLite file ({@code DATABASE_PATH}). */
record SqliteStorage(SqliteDatabase database) implements Storage {

    @Override
    public Stores stores(ConversationStore conversations) {
        return SqliteStores.on(database, conversations);
    }

    @Override
    public ConversationStore conversations(Clock clock, Duration ttl) {
        return SqliteStores.conversations(database, clock, ttl);
    }

    @Override
    public ProcessedUpdates processedUpdates() {
        return SqliteStores.processedUpdates(database);
    }

    @Override
    public Locks leases(Clock clock) {
        return SqliteStores.locks(database, clock);
    }

    @Override
    public Reporting reporting(ScheduleSettings schedule) {
        return Reports.beside(database.file(), schedule);
    }

    @Override
    public Optional<SqliteBackups> backups(Path folder, int keep, Clock clock) {
        return Optional.of(new SqliteBackups(database, folder, keep, clock));
    }

    @Override
    public String describe() {
        return "SQLite " + database.file().toAbsolutePath();
    }

    @Override
    public void close() {
        database.close();
    }
}
