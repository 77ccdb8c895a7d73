package com.repairbot.bootstrap;

import com.repairbot.application.ApplicationSettings;
import com.repairbot.application.ClientSettings;
import com.repairbot.application.assembly.Core;
import com.repairbot.application.assembly.ScheduleSettings;
import com.repairbot.application.assembly.Stores;
import com.repairbot.application.port.out.Messenger;
import java.time.Clock;
import java.util.UUID;

/** Chooses the stores and assembles the core. No container, no static state. */
final class Wiring {

    private Wiring() {
    }

    /**
     * The core on the database (the SQLite file or PostgreSQL), with conversations in the same database (used
     * when no Redis is configured). The conversation store keeps dialogs twice the dialog TTL so that the
     * engine can tell the person that their dialog expired.
     */
    static Core on(ApplicationSettings settings, ClientSettings clients, Storage database, Messenger messenger,
                   Clock clock) {
        Stores stores = database.stores(database.conversations(clock, settings.dialogTtl().multipliedBy(2)));
        return Core.builder(settings, stores).reporting(database.reporting(ScheduleSettings.defaults())).clients(clients)
                .messenger(messenger).clock(clock).ids(() -> UUID.randomUUID().toString()).assemble();
    }
}
