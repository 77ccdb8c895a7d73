package com.repairbot.adapter.postgres;

import com.repairbot.application.port.out.Transactions;
import java.util.function.Supplier;

/** A unit of work is one transaction holding the database's write lock (see {@link PostgresDatabase}). */
public final class PostgresTransactions implements Transactions {

    private final PostgresDatabase database;

    /** @param database the database */
    public PostgresTransactions(PostgresDatabase database) {
        this.database = database;
    }

    @Override
    public <T> T write(Supplier<T> work) {
        return database.write(handle -> work.get());
    }
}
