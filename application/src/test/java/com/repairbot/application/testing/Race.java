package com.repairbot.application.testing;

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

/**
 * Lets several threads loose on the same work at the same moment (all started, then released together), for the
 * tests of what two people or two bot instances doing something at once must not break. The one race helper of
 * the tests (the service tests, the port contracts, the scheduler and SQLite tests use it).
 */
public final class Race {

    private static final long TIMEOUT_SECONDS = 60;

    /**
     * What one thread's work did.
     *
     * @param value   what it returned ({@code null} when it threw)
     * @param failure what it threw, if anything
     * @param <T>     the work's result
     */
    public record Outcome<T>(T value, RuntimeException failure) {

        /** @return whether the work returned rather than threw */
        public boolean returned() {
            return failure == null;
        }
    }

    private Race() {
    }

    /**
     * @param threads how many threads race
     * @param work    each thread's work, given the thread's index
     * @return each thread's outcome, in index order
     */
    public static <T> List<Outcome<T>> outcomes(int threads, IntFunction<T> work) {
        return start(threads, index -> {
            try {
                return new Outcome<>(work.apply(index), null);
            } catch (RuntimeException e) {
                return new Outcome<T>(null, e);
            }
        });
    }

    /**
     * @param threads how many threads race
     * @param work    each thread's work, given the thread's index
     * @return what each returned, in index order
     * @throws AssertionError when any of them threw, or they did not finish within a minute
     */
    public static <T> List<T> run(int threads, IntFunction<T> work) {
        return start(threads, work);
    }

    private static <T> List<T> start(int threads, IntFunction<T> work) {
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
                    return work.apply(index);
                }));
            }
            if (!ready.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new AssertionError("racing threads did not start");
            }
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
}
