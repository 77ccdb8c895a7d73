package com.repairbot.adapter.postgres;

import com.repairbot.application.port.out.IdempotencyKeys;
import com.repairbot.domain.request.RequestNumber;
import java.util.Optional;

/** Keys in {@code idempotency_keys}, whose primary key decides which Confirm came first. */
public final class PostgresIdempotencyKeys implements IdempotencyKeys {

    private final PostgresDatabase database;

    /** @param database the database */
    public PostgresIdempotencyKeys(PostgresDatabase database) {
        this.database = database;
    }

    @Override
    public Optional<RequestNumber> find(String key) {
        return database.read(handle -> handle.createQuery("SELECT number FROM idempotency_keys WHERE key = :key")
                .bind("key", key).mapTo(Long.class).findOne().map(RequestNumber::new));
    }

    /**
     * @throws IllegalStateException when the key is taken already; the first request stays remembered
     */
    @Override
    public void remember(String key, RequestNumber number) {
        // the primary key decides, not a look-up before the insert: a lost race inserts nothing
        int inserted = database.write(handle -> handle.createUpdate("INSERT INTO idempotency_keys (key, number) "
                        + "VALUES (:key, :number) ON CONFLICT (key) DO NOTHING")
                .bind("key", key).bind("number", number.value()).execute());
        if (inserted == 0) {
            throw new IllegalStateException("idempotency key taken");
        }
    }
}
