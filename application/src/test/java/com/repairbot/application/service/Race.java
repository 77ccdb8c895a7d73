package com.repairbot.application.service;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/** Starts the same work on several threads at the same instant and collects what each got. */
final class Race {

    /**
     * What one thread got.
     *
     * @param value   its result, when it returned
     * @param failure what it threw, when it threw
     */
    record Outcome<T>(T value, RuntimeException failure) {

        boolean returned() {
            return failure == null;
        }
    }

    private Race() {
    }

    /** @return the outcome of each thread, in thread order */
    static <T> List<Outcome<T>> outcomes(int threads, IntFunction<T> work) throws Exception {
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Outcome<T>>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    try {
                        return new Outcome<>(work.apply(index), null);
                    } catch (RuntimeException e) {
                        return new Outcome<T>(null, e);
                    }
                }));
            }
            List<Outcome<T>> outcomes = new ArrayList<>();
            for (Future<Outcome<T>> future : futures) {
                outcomes.add(future.get(30, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    /** @return the result of each thread, in thread order; fails when any thread threw */
    static <T> List<T> run(int threads, IntFunction<T> work) throws Exception {
        List<T> results = new ArrayList<>();
        for (Outcome<T> outcome : outcomes(threads, work)) {
            if (!outcome.returned()) {
                throw new AssertionError("a thread failed", outcome.failure());
            }
            results.add(outcome.value());
        }
        return results;
    }
}
