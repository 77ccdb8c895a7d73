package com.repairbot.application.port.in;

/** The figures of a period (dispatchers and admins), or a technician's own statistics. */
public interface ViewReportUseCase {

    /**
     * @param query what to show and who asks
     * @return the figures
     * @throws com.repairbot.domain.request.ActionNotPermittedException when the actor may not see them
     */
    ReportView report(ViewReportQuery query);
}
