package com.repairbot.application.memory;

import com.repairbot.application.port.out.ProcessedUpdates;
import com.repairbot.application.port.out.contract.ProcessedUpdatesContract;

class InMemoryProcessedUpdatesTest extends ProcessedUpdatesContract {

    private ProcessedUpdates last;

    @Override
    protected ProcessedUpdates newStore() {
        last = new InMemoryProcessedUpdates();
        return last;
    }

    /** One process's memory: the same store is all there is to share. */
    @Override
    protected ProcessedUpdates anotherOnTheSameData() {
        return last;
    }
}
