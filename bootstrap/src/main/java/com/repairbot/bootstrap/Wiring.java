package com.repairbot.bootstrap;

import com.repairbot.adapter.sqlite.SqliteDatabase;
import com.repairbot.adapter.sqlite.SqliteStores;
import com.repairbot.application.ApplicationSettings;
import com.repairbot.application.assembly.Core;
import com.repairbot.application.assembly.Stores;
import com.repairbot.application.port.out.Messenger;
import java.time.Clock;
import java.util.UUID;

/** Chooses the stores and assembles the core. No container, no static state. */
final class Wiring {

    private Wiring() {
    }

    /**
     * The core on the SQLite file, with conversations in the same file (the embedded default, used when no
     * Redis is configured). The conversation store keeps dialogs twice the dialog TTL so that the engine can
     * tell the person that their dialog expired.
     */
    static Core sqlite(ApplicationSettings settings, SqliteDatabase database, Messenger messenger, Clock clock) {
        Stores stores = SqliteStores.on(database, clock, settings.dialogTtl().multipliedBy(2));
        return Core.builder(settings, stores).reporting(Reports.beside(database.file())).messenger(messenger)
                .clock(clock).ids(() -> UUID.randomUUID().toString()).assemble();
    }
}
