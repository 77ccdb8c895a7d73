package com.repairbot.adapter.postgres;

import com.repairbot.application.assembly.Stores;
import com.repairbot.application.port.out.ConversationStore;
import com.repairbot.application.port.out.Locks;
import com.repairbot.application.port.out.ProcessedUpdates;
import java.time.Clock;
import java.time.Duration;

/** Every storing out-port on one PostgreSQL database. */
public final class PostgresStores {

    private PostgresStores() {
    }

    /**
     * @param database        the open database
     * @param clock           the time, for dialog expiry
     * @param conversationTtl how long an untouched dialog is kept
     * @return the stores, with conversations kept in the same database (for deployments without Redis)
     */
    public static Stores on(PostgresDatabase database, Clock clock, Duration conversationTtl) {
        return on(database, conversations(database, clock, conversationTtl));
    }

    /**
     * @param conversations where dialogs are kept instead (e.g. Redis)
     * @return the stores on this database, with the given conversation store
     */
    public static Stores on(PostgresDatabase database, ConversationStore conversations) {
        return new Stores(new PostgresTransactions(database), new PostgresRepairRequests(database),
                new PostgresRequestNumbers(database), new PostgresIdempotencyKeys(database),
                new PostgresStaff(database), new PostgresAuditLog(database), new PostgresOutbox(database),
                conversations, new PostgresReportQueries(database), new PostgresScheduleLedger(database),
                new PostgresCardPlacements(database), new PostgresUnreachableChats(database),
                new PostgresClients(database));
    }

    /** @return the conversation store on this database */
    public static ConversationStore conversations(PostgresDatabase database, Clock clock, Duration ttl) {
        return new PostgresConversationStore(database, clock, ttl);
    }

    /**
     * @param clock the time the hold times are measured on
     * @return job leases as rows of this database, for when no Redis is configured
     */
    public static Locks locks(PostgresDatabase database, Clock clock) {
        return new PostgresLocks(database, clock);
    }

    /** @return the record of handled updates in this database */
    public static ProcessedUpdates processedUpdates(PostgresDatabase database) {
        return new PostgresProcessedUpdates(database);
    }
}
