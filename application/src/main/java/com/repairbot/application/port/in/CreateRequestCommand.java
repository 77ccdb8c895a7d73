package com.repairbot.application.port.in;

import com.repairbot.domain.request.RequestDraft;
import com.repairbot.domain.staff.UserId;
import java.util.Objects;

/**
 * The command of {@link CreateRequestUseCase}.
 *
 * @param actor who acts (authorised by the server on every call)
 * @param draft what was entered
 * @param idempotencyKey the dialog's key: a repeated Confirm with it returns the request created first
 */
public record CreateRequestCommand(UserId actor, RequestDraft draft, String idempotencyKey) {

    public CreateRequestCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    }
}
