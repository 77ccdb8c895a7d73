package com.repairbot.application.port.in;

import com.repairbot.domain.request.Photo;
import com.repairbot.domain.request.RequestDraft;
import com.repairbot.domain.staff.UserId;
import java.util.List;
import java.util.Objects;

/**
 * The command of {@link SubmitClientRequestUseCase}.
 *
 * @param client         the client sending it (authorised by the server on every call)
 * @param draft          what the client entered (no notes: those are the office's)
 * @param photos         up to five photos of the defect
 * @param idempotencyKey the dialog's key: a repeated submit returns the first request
 */
public record SubmitClientRequestCommand(UserId client, RequestDraft draft, List<Photo> photos,
                                         String idempotencyKey) {

    public SubmitClientRequestCommand {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(draft, "draft");
        photos = List.copyOf(photos);
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    }
}
