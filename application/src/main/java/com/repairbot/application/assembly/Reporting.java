package com.repairbot.application.assembly;

import com.repairbot.application.port.out.Spreadsheets;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What reports and scheduled work need besides the stores.
 *
 * @param schedule        thresholds and times of the scheduled work
 * @param spreadsheets    writes export files
 * @param exportDirectory where export files are written
 */
public record Reporting(ScheduleSettings schedule, Spreadsheets spreadsheets, Path exportDirectory) {

    public Reporting {
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(spreadsheets, "spreadsheets");
        Objects.requireNonNull(exportDirectory, "exportDirectory");
    }

    /** @return the default schedule (docs/scheduled-work.md), no export writer, exports (none possible) under the temporary folder */
    public static Reporting withoutExports() {
        return new Reporting(ScheduleSettings.defaults(), Spreadsheets.NONE,
                Path.of(System.getProperty("java.io.tmpdir"), "repair-bot-exports"));
    }
}
