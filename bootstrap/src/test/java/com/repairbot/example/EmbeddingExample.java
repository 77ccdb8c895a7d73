package com.repairbot.example;

// README:begin
import com.repairbot.application.ApplicationSettings;
import com.repairbot.application.conversation.Inbound;
import com.repairbot.application.conversation.Input;
import com.repairbot.application.conversation.Outbound;
import com.repairbot.application.dialog.DialogEngine;
import com.repairbot.application.dialog.UseCases;
import com.repairbot.application.memory.*;
import com.repairbot.application.service.*;
import com.repairbot.domain.staff.ChatId;
import com.repairbot.domain.staff.UserId;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/** A channel of your own (a web chat, SMS, another messenger) on top of the core. */
public final class EmbeddingExample {

    public static DialogEngine engine() {
        var settings = ApplicationSettings.defaults(Set.of(new UserId(1)), Set.of(new UserId(2)));
        var clock = Clock.systemUTC();
        var tx = new InMemoryTransactions();                 // your adapters implement the same ports
        var requests = new InMemoryRepairRequests();
        var staff = new InMemoryStaff();
        var audit = new InMemoryAuditLog();
        var lifecycle = new RequestLifecycleService(settings, tx, requests, new InMemoryRequestNumbers(),
                new InMemoryIdempotencyKeys(), staff, audit, new InMemoryOutbox(), clock);
        var staffService = new StaffService(settings, tx, staff, audit, clock);
        var queries = new RequestQueryService(settings, requests, staff, audit);
        var useCases = new UseCases(lifecycle, lifecycle, lifecycle, lifecycle, lifecycle, lifecycle, lifecycle,
                lifecycle, lifecycle, lifecycle, lifecycle, lifecycle, lifecycle, lifecycle, staffService,
                staffService, staffService, staffService, staffService, queries, queries, queries, queries,
                staffService);
        return new DialogEngine(settings, useCases, staff,
                new InMemoryConversationStore(clock, Duration.ofHours(48)), clock, () -> UUID.randomUUID().toString());
    }

    /** Your channel maps its message to an Inbound and renders the Outbound replies its own way. */
    public static List<Outbound> onMessage(DialogEngine engine, long userId, String text) {
        Input input = text.startsWith("/") ? new Input.Command(text.substring(1), "") : new Input.Text(text);
        return engine.handle(new Inbound(new ChatId(userId), new UserId(userId), Locale.forLanguageTag("ru"), input));
    }
}
// README:end
