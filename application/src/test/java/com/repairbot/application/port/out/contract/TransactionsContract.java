package com.repairbot.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.repairbot.application.port.out.Transactions;
import com.repairbot.application.testing.Race;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Transactions} must do, whatever it runs the work on. An adapter's test extends it and
 * says how to make one over an empty store.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
public abstract class TransactionsContract {

    private static final int THREADS = 4;
    private static final int INCREMENTS_PER_THREAD = 1000;

    private Transactions transactions;

    /** @return transactions over an empty store, new for each test */
    protected abstract Transactions newTransactions();

    @BeforeEach
    void startFresh() {
        transactions = newTransactions();
    }

    @Test
    void write_gives_back_what_the_work_returned() {
        assertThat(transactions.write(() -> "#42 «принята»")).isEqualTo("#42 «принята»");
        assertThat(transactions.write(() -> 42)).isEqualTo(42);
    }

    @Test
    void a_unit_of_work_may_return_nothing() {
        assertThat(transactions.<Void>write(() -> null)).isNull();
    }

    @Test
    void the_work_runs_exactly_once() {
        AtomicInteger runs = new AtomicInteger();

        transactions.write(runs::incrementAndGet);

        assertThat(runs).hasValue(1);
    }

    @Test
    void an_exception_of_the_work_reaches_the_caller_unchanged() {
        IllegalStateException failure = new IllegalStateException("#42 is no longer ASSIGNED");

        assertThatThrownBy(() -> transactions.write(() -> {
            throw failure;
        })).isSameAs(failure);
    }

    @Test
    void a_failed_unit_of_work_does_not_block_the_next_one() {
        assertThatThrownBy(() -> transactions.write(() -> {
            throw new IllegalArgumentException("refused");
        })).isInstanceOf(IllegalArgumentException.class);

        assertThat(transactions.write(() -> "next")).isEqualTo("next");
    }

    @Test
    void units_of_work_of_different_threads_never_interleave() {
        Counter counter = new Counter();

        Race.run(THREADS, thread -> {
            for (int i = 0; i < INCREMENTS_PER_THREAD; i++) {
                transactions.write(() -> {
                    int read = counter.value;
                    Thread.yield(); // invite another thread in between the read and the write
                    counter.value = read + 1;
                    return null;
                });
            }
            return null;
        });

        assertThat(transactions.write(() -> counter.value)).isEqualTo(THREADS * INCREMENTS_PER_THREAD);
    }

    /** Deliberately unsynchronised: only the transactions keep it right. */
    private static final class Counter {
        private int value;
    }
}
