package com.repairbot.bootstrap;

import com.repairbot.adapter.spreadsheet.FileSpreadsheets;
import com.repairbot.application.assembly.Reporting;
import com.repairbot.application.assembly.ScheduleSettings;
import java.nio.file.Path;

/** What reports and scheduled work are wired with: the default schedule, the xlsx/CSV writer, the export folder. */
final class Reports {

    private Reports() {
    }

    /**
     * @param databaseFile the SQLite file; exports are written to {@code exports} beside it (the terminal leaves
     *                     them there for the person to open, Telegram deletes each once sent)
     */
    static Reporting beside(Path databaseFile) {
        return beside(databaseFile, ScheduleSettings.defaults());
    }

    /** @param schedule the thresholds and times of the scheduled work */
    static Reporting beside(Path databaseFile, ScheduleSettings schedule) {
        Path folder = databaseFile.toAbsolutePath().getParent().resolve("exports");
        return new Reporting(schedule, new FileSpreadsheets(), folder);
    }
}
