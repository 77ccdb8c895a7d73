package com.repairbot.application.schedule;

import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A named piece of scheduled work.
 *
 * @param name            a stable name, the key of its lease ({@code job:<name>}) and of its slots in the ledger
 * @param schedule        when it is due
 * @param work            what it does for a slot (the slot, not the current time, says what period it covers)
 * @param catchUpOnFirstRun whether a slot already past when the job first ever runs is run (checks: yes; a
 *                        report of a period before the bot was installed: no)
 */
public record Job(String name, Schedule schedule, Consumer<Instant> work, boolean catchUpOnFirstRun) {

    public Job {
        Objects.requireNonNull(name, "name");
        if (!name.matches("[a-z0-9-]{1,40}")) {
            throw new IllegalArgumentException("a job name is lower-case words joined by '-': " + name);
        }
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(work, "work");
    }
}
