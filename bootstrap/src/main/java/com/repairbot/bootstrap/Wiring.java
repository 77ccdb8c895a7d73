package com.repairbot.bootstrap;

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
     * The core on in-memory stores: nothing survives a restart (the SQLite adapter replaces them).
     * The conversation store keeps dialogs twice the TTL so that the engine can say "your dialog expired".
     */
    static Core inMemory(ApplicationSettings settings, Messenger messenger, Clock clock) {
        Stores stores = Stores.inMemory(clock, settings.dialogTtl().multipliedBy(2));
        return Core.assemble(settings, stores, messenger, clock, () -> UUID.randomUUID().toString());
    }
}
