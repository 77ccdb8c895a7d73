package com.repairbot.adapter.sqlite;

import com.repairbot.application.port.out.IdempotencyKeys;
import com.repairbot.domain.request.RequestNumber;
import java.util.Optional;

/** Keys in {@code idempotency_keys}, whose primary key decides which Confirm came first. */
public final class SqliteIdempotencyKeys implements IdempotencyKeys {

    private final SqliteDatabase database;

    /** @param database the file */
    public SqliteIdempotencyKeys(SqliteDatabase database) {
        this.database = database;
    }

    @Override
    public Optional<RequestNumber> find(String key) {
        return database.read(handle -> handle.createQuery("SELECT number FROM idempotency_keys WHERE key = ?")
                .bind(0, key).mapTo(Long.class).findOne().map(RequestNumber::new));
    }

    /**
     * @throws IllegalStateException when the key is taken already; the first request stays remembered
     */
    @Override
    public void remember(String key, RequestNumber number) {
        // the UNIQUE key decides, not a look-up before the insert: a lost race inserts nothing
        int inserted = database.write(handle -> handle.createUpdate(
                        "INSERT INTO idempotency_keys (key, number) VALUES (?, ?) ON CONFLICT (key) DO NOTHING")
                .bind(0, key).bind(1, number.value()).execute());
        if (inserted == 0) {
            throw new IllegalStateException("idempotency key taken");
        }
    }
}
