package com.repairbot.application.port.in;

/** The requests of a period as a spreadsheet or CSV file, written row by row. */
public interface ExportReportUseCase {

    /**
     * @param command what to export and who asks
     * @return the file written
     * @throws com.repairbot.domain.request.ActionNotPermittedException when the actor may not export it
     * @throws ExportFailedException when the file could not be written
     */
    ExportResult export(ExportReportCommand command);
}
