package com.repairbot.adapter.postgres;

import com.repairbot.application.port.out.HeldLock;
import com.repairbot.application.port.out.Locks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Leases as rows of {@code job_leases}, for when Redis is not configured: every instance sees the row.
 * Taking a lease is one conditional upsert, so two takers never both win; the hold time is read from the
 * injected clock.
 */
public final class PostgresLocks implements Locks {

    private final PostgresDatabase database;
    private final Clock clock;

    /**
     * @param database the database
     * @param clock    the time the hold times are measured on
     */
    public PostgresLocks(PostgresDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public Optional<HeldLock> tryAcquire(String name, Duration hold) {
        Locks.requireValid(name, hold);
        Instant now = clock.instant();
        String owner = UUID.randomUUID().toString();
        int taken = database.write(handle -> handle.createUpdate("INSERT INTO job_leases (name, owner, until, until_ns)"
                        + " VALUES (:name, :owner, :until, :until_ns) ON CONFLICT (name) DO UPDATE"
                        + " SET owner = excluded.owner, until = excluded.until, until_ns = excluded.until_ns"
                        + " WHERE job_leases.until <= :now")
                .bind("name", name).bind("owner", owner).bind("until", PostgresTime.at(now.plus(hold)))
                .bind("until_ns", PostgresTime.nanosBelowMicros(now.plus(hold)))
                .bind("now", PostgresTime.at(now)).execute());
        return taken == 1 ? Optional.of(new PostgresLease(name, owner)) : Optional.empty();
    }

    private final class PostgresLease implements HeldLock {

        private final String name;
        private final String owner;

        private PostgresLease(String name, String owner) {
            this.name = name;
            this.owner = owner;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public boolean release() {
            // only while it is still ours and still running: past its hold time it had freed itself already
            return database.write(handle -> handle.createUpdate("DELETE FROM job_leases"
                            + " WHERE name = :name AND owner = :owner AND until > :now")
                    .bind("name", name).bind("owner", owner).bind("now", PostgresTime.at(clock.instant()))
                    .execute()) == 1;
        }

        @Override
        public boolean extend(Duration hold) {
            Locks.requireValid(hold);
            Instant now = clock.instant();
            // only while it is still ours and still running: a lease that freed itself may be someone else's
            return database.write(handle -> handle.createUpdate("UPDATE job_leases SET until = :until,"
                            + " until_ns = :until_ns WHERE name = :name AND owner = :owner AND until > :now")
                    .bind("name", name).bind("owner", owner).bind("until", PostgresTime.at(now.plus(hold)))
                    .bind("until_ns", PostgresTime.nanosBelowMicros(now.plus(hold)))
                    .bind("now", PostgresTime.at(now)).execute()) == 1;
        }

        @Override
        public String toString() {
            return "HeldLock[" + name + "]";
        }
    }
}
