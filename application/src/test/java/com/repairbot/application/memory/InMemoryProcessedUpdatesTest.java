package com.repairbot.application.memory;

import com.repairbot.application.port.out.ProcessedUpdates;
import com.repairbot.application.port.out.contract.ProcessedUpdatesContract;

class InMemoryProcessedUpdatesTest extends ProcessedUpdatesContract {

    @Override
    protected ProcessedUpdates newStore() {
        return new InMemoryProcessedUpdates();
    }
}
