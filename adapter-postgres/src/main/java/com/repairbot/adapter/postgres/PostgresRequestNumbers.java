package com.repairbot.adapter.postgres;

import com.repairbot.application.port.out.RequestNumbers;
import com.repairbot.domain.request.RequestNumber;

/**
 * Numbers from the {@code request_numbers} sequence: never the same twice, whichever instance draws. A
 * sequence is not transactional: a number drawn by a unit of work that rolls back is not given back.
 */
public final class PostgresRequestNumbers implements RequestNumbers {

    private final PostgresDatabase database;

    /** @param database the database */
    public PostgresRequestNumbers(PostgresDatabase database) {
        this.database = database;
    }

    @Override
    public RequestNumber next() {
        // a write, so that inside a unit of work it runs on the unit's connection
        return new RequestNumber(database.write(handle -> handle.createQuery("SELECT nextval('request_numbers')")
                .mapTo(Long.class).one()));
    }
}
