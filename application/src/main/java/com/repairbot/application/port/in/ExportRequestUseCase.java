package com.repairbot.application.port.in;

/**
 * One request as a file: its card with the full history, one line a row, as the person may see it on screen
 * (a technician reads the client's phone only from on site on).
 */
public interface ExportRequestUseCase {

    /**
     * @param command which request, in which format and language, and who asks
     * @return the file, and how many rows it has
     * @throws RequestNotFoundException when there is no such request
     * @throws com.repairbot.domain.request.ActionNotPermittedException when the actor may not see its card
     * @throws ExportFailedException when the file cannot be written
     */
    ExportResult exportRequest(ExportRequestCommand command);
}
