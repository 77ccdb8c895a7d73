package com.repairbot.application.port.in;

import com.repairbot.domain.request.Notes;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.staff.UserId;
import java.util.Objects;

/**
 * The command of {@link AddNotesUseCase}.
 *
 * @param actor who acts (authorised by the server on every call)
 * @param number the request
 * @param notes the text to add
 */
public record AddNotesCommand(UserId actor, RequestNumber number, Notes notes) {

    public AddNotesCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(notes, "notes");
    }
}
