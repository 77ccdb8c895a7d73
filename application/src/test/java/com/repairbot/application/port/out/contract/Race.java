package com.repairbot.application.port.out.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;

/** Runs the same task on several threads released at once, to make races likely rather than lucky. */
final class Race {

    private static final long TIMEOUT_SECONDS = 60;

    private Race() {
    }

    /**
     * @param threads how many threads
     * @param task    what thread {@code i} does, given {@code i}
     * @return each thread's result, in thread order
     * @throws AssertionError when a task failed or did not finish in time (the failure is the cause)
     */
    static <T> List<T> run(int threads, IntFunction<T> task) {
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return task.apply(index);
                }));
            }
            await(ready);
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
            }
            return results;
        } catch (ExecutionException e) {
            throw new AssertionError("a racing task failed", e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError("racing tasks did not finish within " + TIMEOUT_SECONDS + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        } finally {
            // a stuck task must not hang the build: interrupt whatever still runs
            pool.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) throws InterruptedException {
        if (!latch.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            throw new AssertionError("racing threads did not start");
        }
    }
}
