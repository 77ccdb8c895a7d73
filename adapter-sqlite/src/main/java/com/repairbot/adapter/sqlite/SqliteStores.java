package com.repairbot.adapter.sqlite;

import com.repairbot.application.assembly.Stores;
import com.repairbot.application.port.out.ConversationStore;
import com.repairbot.application.port.out.Locks;
import com.repairbot.application.port.out.ProcessedUpdates;
import java.time.Clock;
import java.time.Duration;

/** Every storing out-port on one SQLite file. */
public final class SqliteStores {

    private SqliteStores() {
    }

    /**
     * @param database        the open file
     * @param clock           the time, for dialog expiry
     * @param conversationTtl how long an untouched dialog is kept
     * @return the stores, with conversations kept in the same file (the embedded default without Redis)
     */
    public static Stores on(SqliteDatabase database, Clock clock, Duration conversationTtl) {
        return on(database, conversations(database, clock, conversationTtl));
    }

    /**
     * @param conversations where dialogs are kept instead (e.g. Redis)
     * @return the stores on this file, with the given conversation store
     */
    public static Stores on(SqliteDatabase database, ConversationStore conversations) {
        return new Stores(new SqliteTransactions(database), new SqliteRepairRequests(database),
                new SqliteRequestNumbers(database), new SqliteIdempotencyKeys(database), new SqliteStaff(database),
                new SqliteAuditLog(database), new SqliteOutbox(database), conversations,
                new SqliteReportQueries(database), new SqliteScheduleLedger(database),
                new SqliteCardPlacements(database), new SqliteUnreachableChats(database),
                new SqliteClients(database));
    }

    /** @return the conversation store on this file */
    public static ConversationStore conversations(SqliteDatabase database, Clock clock, Duration ttl) {
        return new SqliteConversationStore(database, clock, ttl);
    }

    /**
     * @param clock the time the hold times are measured on
     * @return job leases as rows of this file, for when no Redis is configured
     */
    public static Locks locks(SqliteDatabase database, Clock clock) {
        return new SqliteLocks(database, clock);
    }

    /** @return the record of handled updates on this file */
    public static ProcessedUpdates processedUpdates(SqliteDatabase database) {
        return new SqliteProcessedUpdates(database);
    }
}
