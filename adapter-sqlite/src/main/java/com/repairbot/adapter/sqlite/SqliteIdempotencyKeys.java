package com.repairbot.adapter.sqlite;

import com.repairbot.application.port.out.IdempotencyKeys;
import com.repairbot.domain.request.RequestNumber;
import java.util.Optional;

/** Keys in {@code idempotency_keys}, whose primary key decides which Confirm came first. */
public final class SqliteIdempotencyKeys implements IdempotencyKeys {

    // every create asks and remembers: statements prepared once per connection (ADR 0036)
    private static final String FIND = "SELECT number FROM idempotency_keys WHERE key = ?";
    private static final String REMEMBER = "INSERT INTO idempotency_keys (key, number) VALUES (?, ?)"
            + " ON CONFLICT (key) DO NOTHING";

    private final SqliteDatabase database;

    /** @param database the file */
    public SqliteIdempotencyKeys(SqliteDatabase database) {
        this.database = database;
    }

    @Override
    public Optional<RequestNumber> find(String key) {
        return database.read(handle -> database.findOne(handle, FIND, statement -> statement.setString(1, key),
                row -> new RequestNumber(row.getLong(1))));
    }

    /**
     * @throws IllegalStateException when the key is taken already; the first request stays remembered
     */
    @Override
    public void remember(String key, RequestNumber number) {
        // the UNIQUE key decides, not a look-up before the insert: a lost race inserts nothing
        int inserted = database.write(handle -> database.update(handle, REMEMBER, statement -> {
            statement.setString(1, key);
            statement.setLong(2, number.value());
        }));
        if (inserted == 0) {
            throw new IllegalStateException("idempotency key taken");
        }
    }
}
