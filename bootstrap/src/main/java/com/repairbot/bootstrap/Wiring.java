package com.repairbot.bootstrap;

import com.repairbot.application.ApplicationSettings;
import com.repairbot.application.dialog.DialogEngine;
import com.repairbot.application.dialog.UseCases;
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
import com.repairbot.application.port.out.Messenger;
import com.repairbot.application.port.out.Outbox;
import com.repairbot.application.port.out.RepairRequests;
import com.repairbot.application.port.out.Staff;
import com.repairbot.application.port.out.Transactions;
import com.repairbot.application.service.NotificationRelay;
import com.repairbot.application.service.RequestLifecycleService;
import com.repairbot.application.service.RequestQueryService;
import com.repairbot.application.service.StaffService;
import java.time.Clock;
import java.util.UUID;

/**
 * Wiring by hand: the stores, the services, the dialog engine and the notification relay. No container,
 * no static state.
 *
 * @param engine the entry point of every channel
 * @param relay  delivers notifications from the outbox
 */
public record Wiring(DialogEngine engine, NotificationRelay relay) {

    /**
     * Wires the product on the in-memory stores (nothing survives a restart: the SQLite adapter replaces
     * them in the next milestone).
     */
    public static Wiring inMemory(ApplicationSettings settings, Messenger messenger, Clock clock) {
        Transactions transactions = new InMemoryTransactions();
        RepairRequests requests = new InMemoryRepairRequests();
        Staff staff = new InMemoryStaff();
        AuditLog audit = new InMemoryAuditLog();
        Outbox outbox = new InMemoryOutbox();
        // the store keeps dialogs twice the TTL so that the engine can say "your dialog expired"
        ConversationStore conversations = new InMemoryConversationStore(clock, settings.dialogTtl().multipliedBy(2));
        RequestLifecycleService lifecycle = new RequestLifecycleService(settings, transactions, requests,
                new InMemoryRequestNumbers(), new InMemoryIdempotencyKeys(), staff, audit, outbox, clock);
        StaffService staffService = new StaffService(settings, transactions, staff, audit, clock);
        RequestQueryService queries = new RequestQueryService(settings, requests, staff, audit);
        UseCases useCases = new UseCases(lifecycle, lifecycle, lifecycle, lifecycle, lifecycle, lifecycle, lifecycle,
                lifecycle, lifecycle, lifecycle, lifecycle, lifecycle, lifecycle, lifecycle, staffService,
                staffService, staffService, staffService, staffService, queries, queries, queries, queries,
                staffService);
        DialogEngine engine = new DialogEngine(settings, useCases, staff, conversations, clock,
                () -> UUID.randomUUID().toString());
        return new Wiring(engine, new NotificationRelay(settings, outbox, requests, messenger, clock));
    }
}
