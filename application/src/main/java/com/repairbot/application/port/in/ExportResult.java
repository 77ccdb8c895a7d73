package com.repairbot.application.port.in;

import com.repairbot.application.conversation.Document;
import java.util.Objects;

/**
 * The result of {@link ExportReportUseCase}.
 *
 * @param document the file written
 * @param rows     how many requests it lists
 */
public record ExportResult(Document document, int rows) {

    public ExportResult {
        Objects.requireNonNull(document, "document");
    }
}
