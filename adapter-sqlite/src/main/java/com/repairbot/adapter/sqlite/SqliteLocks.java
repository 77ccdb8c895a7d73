package com.repairbot.adapter.sqlite;

import com.repairbot.application.port.out.HeldLock;
import com.repairbot.application.port.out.Locks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Leases as rows of {@code job_leases}, for when Redis is not configured: the instances that share the file
 * (or a restart of the one that held it) see the row. Taking a lease is one conditional upsert on the single
 * writer, so two takers never both win; the hold time is read from the injected clock.
 */
public final class SqliteLocks implements Locks {

    private final SqliteDatabase database;
    private final Clock clock;

    /**
     * @param database the file
     * @param clock    the time the hold times are measured on
     */
    public SqliteLocks(SqliteDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public Optional<HeldLock> tryAcquire(String name, Duration hold) {
        Locks.requireValid(name, hold);
        Instant now = clock.instant();
        String owner = UUID.randomUUID().toString();
        int taken = database.write(handle -> handle.createUpdate("INSERT INTO job_leases (name, owner, until)"
                        + " VALUES (:name, :owner, :until) ON CONFLICT (name) DO UPDATE"
                        + " SET owner = excluded.owner, until = excluded.until WHERE job_leases.until <= :now")
                .bind("name", name).bind("owner", owner).bind("until", SqliteTime.format(now.plus(hold)))
                .bind("now", SqliteTime.format(now)).execute());
        return taken == 1 ? Optional.of(new SqliteLease(name, owner)) : Optional.empty();
    }

    private final class SqliteLease implements HeldLock {

        private final String name;
        private final String owner;

        private SqliteLease(String name, String owner) {
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
                    .bind("name", name).bind("owner", owner).bind("now", SqliteTime.format(clock.instant()))
                    .execute()) == 1;
        }

        @Override
        public boolean extend(Duration hold) {
            Locks.requireValid(hold);
            Instant now = clock.instant();
            // only while it is still ours and still running: a lease that freed itself may be someone else's
            return database.write(handle -> handle.createUpdate("UPDATE job_leases SET until = :until"
                            + " WHERE name = :name AND owner = :owner AND until > :now")
                    .bind("name", name).bind("owner", owner).bind("until", SqliteTime.format(now.plus(hold)))
                    .bind("now", SqliteTime.format(now)).execute()) == 1;
        }

        @Override
        public String toString() {
            return "HeldLock[" + name + "]";
        }
    }
}
