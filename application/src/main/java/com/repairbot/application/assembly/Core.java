package com.repairbot.application.assembly;

import com.repairbot.application.ApplicationSettings;
import com.repairbot.application.ClientSettings;
import com.repairbot.application.dialog.ClientUseCases;
import com.repairbot.application.dialog.DialogEngine;
import com.repairbot.application.dialog.UseCases;
import com.repairbot.application.port.in.MoveWorkGroupUseCase;
import com.repairbot.application.port.in.NoteChatMembershipUseCase;
import com.repairbot.application.port.out.Messenger;
import com.repairbot.application.port.out.RequestEvents;
import com.repairbot.application.service.Authorizer;
import com.repairbot.application.service.ClientService;
import com.repairbot.application.service.NotificationRelay;
import com.repairbot.application.service.Reachability;
import com.repairbot.application.service.PeopleService;
import com.repairbot.application.service.RequestCountsService;
import com.repairbot.application.service.ReportService;
import com.repairbot.application.service.RequestFileService;
import com.repairbot.application.service.RequestLifecycleService;
import com.repairbot.application.service.RequestQueryService;
import com.repairbot.application.service.StaffService;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The core assembled by hand from named parts: the use cases, the dialog engine every channel talks to, the
 * relay that delivers notifications, and the one {@link Authorizer} they all ask who a user is.
 *
 * <p>Bootstrap is the composition root; this is the small assembly API it (and an embedder) calls:
 * <pre>{@code
 * Core core = Core.builder(settings, stores)
 *         .messenger(messenger)
 *         .clock(clock)
 *         .ids(() -> UUID.randomUUID().toString())
 *         .reporting(reporting)          // optional: the schedule and the export writer
 *         .assemble();
 * }</pre>
 *
 * @param useCases   every use case the dialogs drive
 * @param engine     the entry point of every channel
 * @param relay      delivers the outbox through the messenger
 * @param authorizer who a user is, for everything above and for the scheduled work
 * @param groupMoves follows a work group that Telegram upgraded to a supergroup (an in-port the channel's
 *                   intake drives)
 * @param memberships hears that the bot was blocked, removed from a group or let back in (an in-port the
 *                    channel's intake drives): such chats are marked unreachable, the admins told of a lost group
 */
public record Core(UseCases useCases, DialogEngine engine, NotificationRelay relay, Authorizer authorizer,
                   MoveWorkGroupUseCase groupMoves, NoteChatMembershipUseCase memberships,
                   ClientService clients) {

    public Core {
        Objects.requireNonNull(useCases, "useCases");
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(relay, "relay");
        Objects.requireNonNull(authorizer, "authorizer");
        Objects.requireNonNull(groupMoves, "groupMoves");
        Objects.requireNonNull(memberships, "memberships");
        Objects.requireNonNull(clients, "clients");
    }

    /**
     * @param settings configuration
     * @param stores   the storing out-ports
     * @return a builder that names the other parts; {@link Builder#assemble()} checks that none is missing
     */
    public static Builder builder(ApplicationSettings settings, Stores stores) {
        return new Builder(settings, stores);
    }

    /** The parts of a {@link Core}, each given by name. */
    public static final class Builder {

        private final ApplicationSettings settings;
        private final Stores stores;
        private Reporting reporting = Reporting.withoutExports();
        private Messenger messenger;
        private Clock clock;
        private Supplier<String> ids;
        private RequestEvents events = RequestEvents.NONE;
        private boolean soleInstance = true;
        private ClientSettings clientSettings = ClientSettings.defaults();

        private Builder(ApplicationSettings settings, Stores stores) {
            this.settings = Objects.requireNonNull(settings, "settings");
            this.stores = Objects.requireNonNull(stores, "stores");
        }

        /** @param messenger sends notifications to people (required) */
        public Builder messenger(Messenger messenger) {
            this.messenger = Objects.requireNonNull(messenger, "messenger");
            return this;
        }

        /** @param clock the time (required; the core never asks the system clock itself) */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** @param ids makes idempotency keys, e.g. random UUIDs (required) */
        public Builder ids(Supplier<String> ids) {
            this.ids = Objects.requireNonNull(ids, "ids");
            return this;
        }

        /** @param reporting the schedule and the export writer (default: {@link Reporting#withoutExports()}) */
        public Builder reporting(Reporting reporting) {
            this.reporting = Objects.requireNonNull(reporting, "reporting");
            return this;
        }

        /** @param settings whether clients are served and how many open requests each may have (default: served, 3) */
        public Builder clients(ClientSettings settings) {
            this.clientSettings = Objects.requireNonNull(settings, "clientSettings");
            return this;
        }

        /** @param events hears what happened to requests, e.g. for metrics (default: nobody) */
        public Builder events(RequestEvents events) {
            this.events = Objects.requireNonNull(events, "events");
            return this;
        }

        /**
         * @param sole whether this process is the only one using the dialog store (default); with several
         *             instances a dialog missing from the store may have been finished by another one, so a
         *             dialog lost by the store is not said to be lost
         */
        public Builder soleInstance(boolean sole) {
            this.soleInstance = sole;
            return this;
        }

        /**
         * @return the core
         * @throws IllegalStateException when a required part was not given
         */
        public Core assemble() {
            require(messenger, "messenger");
            require(clock, "clock");
            require(ids, "ids");
            Authorizer authorizer = new Authorizer(settings, stores.staff());
            RequestLifecycleService requests = new RequestLifecycleService(settings, authorizer,
                    stores.transactions(), stores.requests(), stores.numbers(), stores.keys(), stores.staff(),
                    stores.clients(), stores.audit(), stores.outbox(), events, clock);
            ClientService clients = new ClientService(settings, clientSettings, authorizer, stores.transactions(),
                    stores.requests(), stores.numbers(), stores.keys(), stores.clients(), stores.staff(),
                    stores.audit(), stores.outbox(), events, clock);
            Reachability reachability = new Reachability(settings, authorizer, stores.staff(), stores.unreachable(),
                    messenger, clock);
            StaffService staff = new StaffService(settings, authorizer, stores.transactions(), stores.staff(),
                    stores.placements(), stores.audit(), clock, stores.requests(), requests, stores.outbox(),
                    reachability);
            RequestQueryService queries = new RequestQueryService(settings, authorizer, stores.requests(),
                    stores.audit(), stores.staff(), reachability);
            PeopleService people = new PeopleService(stores.staff());
            ReportService reports = new ReportService(settings, authorizer, stores.reports(),
                    reporting.spreadsheets(), reporting.exportDirectory(), people);
            RequestFileService requestFile = new RequestFileService(settings, queries, people,
                    reporting.spreadsheets(), reporting.exportDirectory());
            UseCases useCases = UseCases.of(requests, staff, queries, reports, people,
                    new RequestCountsService(authorizer, stores.requests()), requestFile);
            DialogEngine engine = new DialogEngine(settings, useCases,
                    Optional.of(ClientUseCases.of(clients, clientSettings)), authorizer, stores.conversations(), clock,
                    ids, soleInstance, reachability);
            NotificationRelay relay = new NotificationRelay(settings, stores.outbox(), stores.requests(),
                    stores.staff(), stores.placements(), messenger, clock, reachability, stores.conversations());
            return new Core(useCases, engine, relay, authorizer, staff, reachability, clients);
        }

        private static void require(Object part, String name) {
            if (part == null) {
                throw new IllegalStateException("Core.builder(...)." + name + "(...) was not given");
            }
        }
    }
}
