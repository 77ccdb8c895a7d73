package com.repairbot.application.port.out;

import java.util.function.Supplier;

/**
 * Runs a unit of work atomically: every port call made inside {@link #write} commits together or not at
 * all. A store with a single writer runs the work on its writer; the in-memory one holds a lock.
 */
public interface Transactions {

    /**
     * @param work the reads and writes to do together; it must not call out to other systems
     * @return what the work returned
     */
    <T> T write(Supplier<T> work);
}
