package com.repairbot.application.port.in;

import com.repairbot.application.port.out.SpreadsheetFormat;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.staff.UserId;
import java.util.Locale;
import java.util.Objects;

/**
 * The command of {@link ExportRequestUseCase}.
 *
 * @param actor    who asks (authorised by the server on every call, as for the card)
 * @param number   the request
 * @param format   the file format
 * @param language the language of the file's texts
 */
public record ExportRequestCommand(UserId actor, RequestNumber number, SpreadsheetFormat format, Locale language) {

    public ExportRequestCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(language, "language");
    }
}
