package com.repairbot.application.assembly;

import com.repairbot.application.memory.InMemoryAuditLog;
import com.repairbot.application.memory.InMemoryConversationStore;
import com.repairbot.application.memory.InMemoryIdempotencyKeys;
import com.repairbot.application.memory.InMemoryOutbox;
import com.repairbot.application.memory.InMemoryRepairRequests;
import com.repairbot.application.memory.InMemoryRequestNumbers;
import com.repairbot.application.memory.InMemoryStaff;
import com.repairbot.application.memory.InMemoryTransactions;
import com.repairbot.application.port.out.AuditLog;
import com.repairbot.application.port.out.ConversationStore;
import com.repairbot.application.port.out.IdempotencyKeys;
import com.repairbot.application.port.out.Outbox;
import com.repairbot.application.port.out.RepairRequests;
import com.repairbot.application.port.out.RequestNumbers;
import com.repairbot.application.port.out.Staff;
import com.repairbot.application.port.out.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Every storing out-port the core needs, from one storage technology (or, for conversations, another).
 *
 * @param transactions  units of work over the other stores
 * @param requests      requests and history
 * @param numbers       request numbers
 * @param keys          idempotency keys
 * @param staff         roles and technicians
 * @param audit         the audit log
 * @param outbox        notifications waiting to be sent
 * @param conversations dialogs in progress
 */
public record Stores(Transactions transactions, RepairRequests requests, RequestNumbers numbers, IdempotencyKeys keys,
                     Staff staff, AuditLog audit, Outbox outbox, ConversationStore conversations) {

    public Stores {
        Objects.requireNonNull(transactions, "transactions");
        Objects.requireNonNull(requests, "requests");
        Objects.requireNonNull(numbers, "numbers");
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(staff, "staff");
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(outbox, "outbox");
        Objects.requireNonNull(conversations, "conversations");
    }

    /**
     * @param clock           the time, for dialog expiry
     * @param conversationTtl how long an untouched dialog is kept (keep it longer than the dialog TTL so that
     *                        the engine can tell the person that their dialog expired)
     * @return stores that live in memory only
     */
    public static Stores inMemory(Clock clock, Duration conversationTtl) {
        return new Stores(new InMemoryTransactions(), new InMemoryRepairRequests(), new InMemoryRequestNumbers(),
                new InMemoryIdempotencyKeys(), new InMemoryStaff(), new InMemoryAuditLog(), new InMemoryOutbox(),
                new InMemoryConversationStore(clock, conversationTtl));
    }
}
