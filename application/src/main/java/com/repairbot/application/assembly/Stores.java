package com.repairbot.application.assembly;

import com.repairbot.application.memory.InMemoryAuditLog;
import com.repairbot.application.memory.InMemoryCardPlacements;
import com.repairbot.application.memory.InMemoryClients;
import com.repairbot.application.memory.InMemoryReportQueries;
import com.repairbot.application.memory.InMemoryScheduleLedger;
import com.repairbot.application.memory.InMemoryConversationStore;
import com.repairbot.application.memory.InMemoryIdempotencyKeys;
import com.repairbot.application.memory.InMemoryOutbox;
import com.repairbot.application.memory.InMemoryRepairRequests;
import com.repairbot.application.memory.InMemoryRequestNumbers;
import com.repairbot.application.memory.InMemoryStaff;
import com.repairbot.application.memory.InMemoryTransactions;
import com.repairbot.application.memory.InMemoryUnreachableChats;
import com.repairbot.application.port.out.AuditLog;
import com.repairbot.application.port.out.CardPlacements;
import com.repairbot.application.port.out.Clients;
import com.repairbot.application.port.out.ReportQueries;
import com.repairbot.application.port.out.ScheduleLedger;
import com.repairbot.application.port.out.ConversationStore;
import com.repairbot.application.port.out.IdempotencyKeys;
import com.repairbot.application.port.out.Outbox;
import com.repairbot.application.port.out.RepairRequests;
import com.repairbot.application.port.out.RequestNumbers;
import com.repairbot.application.port.out.Staff;
import com.repairbot.application.port.out.Transactions;
import com.repairbot.application.port.out.UnreachableChats;
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
 * @param reports       reads across many requests, over the same data as {@code requests}
 * @param ledger        alerts given and scheduled slots run
 * @param placements    where request cards were posted
 * @param unreachable   chats the bot cannot write to (people who blocked it, groups that removed it)
 * @param clients       the clients known to the bot
 */
public record Stores(Transactions transactions, RepairRequests requests, RequestNumbers numbers, IdempotencyKeys keys,
                     Staff staff, AuditLog audit, Outbox outbox, ConversationStore conversations,
                     ReportQueries reports, ScheduleLedger ledger, CardPlacements placements,
                     UnreachableChats unreachable, Clients clients) {

    public Stores {
        Objects.requireNonNull(transactions, "transactions");
        Objects.requireNonNull(requests, "requests");
        Objects.requireNonNull(numbers, "numbers");
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(staff, "staff");
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(outbox, "outbox");
        Objects.requireNonNull(conversations, "conversations");
        Objects.requireNonNull(reports, "reports");
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(placements, "placements");
        Objects.requireNonNull(unreachable, "unreachable");
        Objects.requireNonNull(clients, "clients");
    }

    /**
     * @param clock           the time, for dialog expiry
     * @param conversationTtl how long an untouched dialog is kept (keep it longer than the dialog TTL so that
     *                        the engine can tell the person that their dialog expired)
     * @return stores that live in memory only
     */
    public static Stores inMemory(Clock clock, Duration conversationTtl) {
        InMemoryRepairRequests requests = new InMemoryRepairRequests();
        return new Stores(new InMemoryTransactions(), requests, new InMemoryRequestNumbers(),
                new InMemoryIdempotencyKeys(), new InMemoryStaff(), new InMemoryAuditLog(), new InMemoryOutbox(),
                new InMemoryConversationStore(clock, conversationTtl), new InMemoryReportQueries(requests),
                new InMemoryScheduleLedger(), new InMemoryCardPlacements(), new InMemoryUnreachableChats(),
                new InMemoryClients());
    }

    /** @return these stores with requests kept by {@code other} instead (e.g. a decorator that counts changes) */
    public Stores withRequests(RepairRequests other) {
        return new Stores(transactions, other, numbers, keys, staff, audit, outbox, conversations, reports, ledger,
                placements, unreachable, clients);
    }

    /** @return these stores with units of work run by {@code other} instead (e.g. a decorator that counts commits) */
    public Stores withTransactions(Transactions other) {
        return new Stores(other, requests, numbers, keys, staff, audit, outbox, conversations, reports, ledger,
                placements, unreachable, clients);
    }

    /** @return these stores with dialogs kept in {@code other} instead (e.g. Redis) */
    public Stores withConversations(ConversationStore other) {
        return new Stores(transactions, requests, numbers, keys, staff, audit, outbox, other, reports, ledger,
                placements, unreachable, clients);
    }
}
