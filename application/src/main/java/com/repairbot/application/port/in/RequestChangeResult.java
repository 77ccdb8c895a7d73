package com.repairbot.application.port.in;

import com.repairbot.domain.request.RepairRequest;
import java.util.Objects;

/**
 * @param request the request after the change
 * @param changed whether anything changed; {@code false} for a harmless repeat (it had that status already)
 */
public record RequestChangeResult(RepairRequest request, boolean changed) {

    public RequestChangeResult {
        Objects.requireNonNull(request, "request");
    }
}
