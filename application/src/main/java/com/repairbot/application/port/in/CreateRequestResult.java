package com.repairbot.application.port.in;

import com.repairbot.domain.request.RepairRequest;
import java.util.Objects;

/**
 * @param request the request (the new one, or the one created first under the same key)
 * @param created whether this call created it; {@code false} for a repeated Confirm
 */
public record CreateRequestResult(RepairRequest request, boolean created) {

    public CreateRequestResult {
        Objects.requireNonNull(request, "request");
    }
}
