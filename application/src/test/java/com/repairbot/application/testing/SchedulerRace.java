package com.repairbot.application.testing;

import com.repairbot.application.schedule.Scheduler;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Several bot instances' schedulers let loose at the same moment, as when their ticks coincide. */
public final class SchedulerRace implements AutoCloseable {

    private final List<Scheduler> instances;
    private final ExecutorService pool;

    /** @param instances one scheduler per instance, on the same locks and ledger */
    public SchedulerRace(List<Scheduler> instances) {
        this.instances = List.copyOf(instances);
        this.pool = Executors.newFixedThreadPool(instances.size());
    }

    /** @return what each instance ran, after all started together and finished */
    public List<List<String>> runOnce() throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<List<String>>> done = new ArrayList<>();
        for (Scheduler scheduler : instances) {
            done.add(pool.submit(() -> {
                go.await();
                return scheduler.runDue();
            }));
        }
        go.countDown();
        List<List<String>> ran = new ArrayList<>();
        for (Future<List<String>> f : done) {
            ran.add(f.get());
        }
        return ran;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
