package com.repairbot.adapter.sqlite;

import com.repairbot.application.port.out.RequestNumbers;
import com.repairbot.domain.request.RequestNumber;

/**
 * Numbers from the one-row {@code request_number} table. The increment is a write in the caller's unit of
 * work, so a number drawn in a unit that is rolled back is given back with it: numbers stay gap-free.
 */
public final class SqliteRequestNumbers implements RequestNumbers {

    /** One statement increments and reads, so no other unit can see the same value; prepared once (ADR 0036). */
    private static final String NEXT = "UPDATE request_number SET last = last + 1 WHERE id = 1 RETURNING last";

    private final SqliteDatabase database;

    /** @param database the file */
    public SqliteRequestNumbers(SqliteDatabase database) {
        this.database = database;
    }

    @Override
    public RequestNumber next() {
        long next = database.write(handle -> database.findOne(handle, NEXT, SqliteDatabase.NO_PARAMETERS,
                row -> row.getLong(1)).orElseThrow());
        return new RequestNumber(next);
    }
}
