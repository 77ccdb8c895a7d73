package com.repairbot.application.assembly;

import com.repairbot.application.ApplicationSettings;
import com.repairbot.application.dialog.DialogEngine;
import com.repairbot.application.dialog.UseCases;
import com.repairbot.application.port.in.MoveWorkGroupUseCase;
import com.repairbot.application.port.out.Messenger;
import com.repairbot.application.service.NotificationRelay;
import com.repairbot.application.service.RequestLifecycleService;
import com.repairbot.application.service.ReportService;
import com.repairbot.application.service.RequestQueryService;
import com.repairbot.application.service.StaffService;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * The core assembled by hand from its stores: the use cases, the dialog engine every channel talks to, and
 * the relay that delivers notifications.
 *
 * @param useCases every use case
 * @param engine   the entry point of every channel
 * @param relay    delivers the outbox through the messenger
 * @param groupMoves follows a work group that Telegram upgraded to a supergroup (given to the channel)
 */
public record Core(UseCases useCases, DialogEngine engine, NotificationRelay relay, MoveWorkGroupUseCase groupMoves) {

    /**
     * @param settings  configuration
     * @param stores    the storing out-ports
     * @param messenger sends notifications
     * @param clock     the time
     * @param ids       makes idempotency keys (e.g. random UUIDs)
     */
    public static Core assemble(ApplicationSettings settings, Stores stores, Messenger messenger, Clock clock,
                                Supplier<String> ids) {
        return assemble(settings, Reporting.withoutExports(), stores, messenger, clock, ids);
    }

    /**
     * @param settings  configuration
     * @param reporting the schedule and the export writer
     * @param stores    the storing out-ports
     * @param messenger sends notifications
     * @param clock     the time
     * @param ids       makes idempotency keys (e.g. random UUIDs)
     */
    public static Core assemble(ApplicationSettings settings, Reporting reporting, Stores stores, Messenger messenger,
                                Clock clock, Supplier<String> ids) {
        RequestLifecycleService lifecycle = new RequestLifecycleService(settings, stores.transactions(),
                stores.requests(), stores.numbers(), stores.keys(), stores.staff(), stores.audit(), stores.outbox(),
                clock);
        StaffService staff = new StaffService(settings, stores.transactions(), stores.staff(), stores.placements(),
                stores.audit(), clock, stores.requests(), lifecycle, stores.outbox());
        RequestQueryService queries = new RequestQueryService(settings, stores.requests(), stores.staff(),
                stores.audit());
        ReportService reports = new ReportService(settings, stores.staff(), stores.reports(),
                reporting.spreadsheets(), reporting.exportDirectory());
        UseCases useCases = new UseCases(lifecycle, lifecycle, lifecycle, lifecycle, lifecycle, lifecycle, lifecycle,
                lifecycle, lifecycle, lifecycle, lifecycle, lifecycle, lifecycle, lifecycle, staff, staff, staff,
                staff, staff, queries, queries, queries, queries, staff, reports, reports);
        DialogEngine engine = new DialogEngine(settings, useCases, stores.staff(), stores.conversations(), clock, ids);
        return new Core(useCases, engine, new NotificationRelay(settings, stores.outbox(), stores.requests(),
                stores.staff(), stores.placements(),
                messenger, clock), staff);
    }
}
