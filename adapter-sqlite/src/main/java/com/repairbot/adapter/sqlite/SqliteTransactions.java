package com.repairbot.adapter.sqlite;

import com.repairbot.application.port.out.Transactions;
import java.util.function.Supplier;

/** A unit of work is one savepoint inside a {@code BEGIN IMMEDIATE} transaction of the single writer. */
public final class SqliteTransactions implements Transactions {

    private final SqliteDatabase database;

    /** @param database the file */
    public SqliteTransactions(SqliteDatabase database) {
        this.database = database;
    }

    @Override
    public <T> T write(Supplier<T> work) {
        return database.write(handle -> work.get());
    }
}
