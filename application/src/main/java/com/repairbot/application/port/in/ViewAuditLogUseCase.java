package com.repairbot.application.port.in;

/** The newest audit-log entries (admin). */
public interface ViewAuditLogUseCase {

    /**
     * @param query what to do and who asks
     * @return the outcome
     * @throws com.repairbot.domain.request.ActionNotPermittedException when the actor may not do it
     */
    AuditLogView audit(ViewAuditLogQuery query);
}
