package com.repairbot.application.port.in;

/** The technician is at the client. */
public interface MarkOnSiteUseCase {

    /**
     * @param command what to do and who asks
     * @return the outcome
     * @throws com.repairbot.domain.request.ActionNotPermittedException when the actor may not do it
     */
    RequestChangeResult markOnSite(MarkOnSiteCommand command);
}
