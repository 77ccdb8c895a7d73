package com.repairbot.application.port.out;

import java.util.List;

/**
 * Writes one sheet row by row, keeping no more than a bounded window of rows in memory, so that an export of any
 * size fits in a fixed heap.
 */
public interface SheetWriter extends AutoCloseable {

    /**
     * Appends a row.
     *
     * @throws java.io.UncheckedIOException when the file cannot be written
     */
    void row(List<SheetCell> cells);

    /**
     * Finishes the file (the stream it writes to is flushed, not closed).
     *
     * @throws java.io.UncheckedIOException when the file cannot be written
     */
    @Override
    void close();
}
