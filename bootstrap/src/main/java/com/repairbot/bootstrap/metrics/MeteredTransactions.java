package com.repairbot.bootstrap.metrics;

import com.repairbot.application.port.out.Transactions;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Lets the metered stores count a write only once its unit of work committed: inside {@link #write} a count is
 * held back and applied after the unit returned; a unit that fails (rolled back) drops its counts. Outside a
 * unit a count applies at once.
 */
public final class MeteredTransactions implements Transactions {

    private final Transactions transactions;
    /** The counts of the unit running on this thread (the SQLite writer runs units on its own thread). */
    private final ThreadLocal<List<Runnable>> held = new ThreadLocal<>();

    /** @param transactions the real units of work */
    public MeteredTransactions(Transactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public <T> T write(Supplier<T> work) {
        if (held.get() != null) {
            return work.get(); // nested: part of the unit already running
        }
        List<Runnable> counts = new ArrayList<>();
        T result = transactions.write(() -> {
            counts.clear(); // a unit the store runs again (after a group rollback) counts once
            held.set(counts);
            try {
                return work.get();
            } finally {
                held.remove();
            }
        });
        counts.forEach(Runnable::run);
        return result;
    }

    /** Applies the count when the current unit commits, or at once outside a unit. */
    void afterCommit(Runnable count) {
        List<Runnable> counts = held.get();
        if (counts == null) {
            count.run();
        } else {
            counts.add(count);
        }
    }
}
