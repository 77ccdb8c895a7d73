package com.repairbot.application.port.in;

/** Technicians (office staff). */
public interface ListTechniciansUseCase {

    /**
     * @param query what to do and who asks
     * @return the outcome
     * @throws com.repairbot.domain.request.ActionNotPermittedException when the actor may not do it
     */
    TechniciansView technicians(ListTechniciansQuery query);
}
