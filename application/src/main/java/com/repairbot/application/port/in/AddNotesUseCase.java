package com.repairbot.application.port.in;

/** Adds notes to a request (appended to earlier ones). */
public interface AddNotesUseCase {

    /**
     * @param command what to do and who asks
     * @return the outcome
     * @throws com.repairbot.domain.request.ActionNotPermittedException when the actor may not do it
     */
    RequestChangeResult addNotes(AddNotesCommand command);
}
