package com.repairbot.application.testing;

import com.repairbot.application.schedule.Scheduler;
import java.util.List;

/** Several bot instances' schedulers let loose at the same moment, as when their ticks coincide ({@link Race}). */
public final class SchedulerRace implements AutoCloseable {

    private final List<Scheduler> instances;

    /** @param instances one scheduler per instance, on the same locks and ledger */
    public SchedulerRace(List<Scheduler> instances) {
        this.instances = List.copyOf(instances);
    }

    /** @return what each instance ran, after all started together and finished */
    public List<List<String>> runOnce() {
        return Race.run(instances.size(), index -> instances.get(index).runDue());
    }

    @Override
    public void close() {
        // nothing held between rounds: each round's threads are gone when it returns
    }
}
