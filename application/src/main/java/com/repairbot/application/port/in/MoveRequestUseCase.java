package com.repairbot.application.port.in;

/**
 * Any status move, named by the intent of its row in the transition table ({@code accept}, {@code decline},
 * {@code refuse}, {@code unassign}, {@code reopen}, …). The intent is checked: it performs only its own row, so a
 * "decline" of a NEW request is refused although "refuse" leads to the same status. The intent-named use cases
 * ({@link DeclineRequestUseCase}, {@link ReopenRequestUseCase}, …) are this one with a fixed intent.
 */
public interface MoveRequestUseCase {

    /**
     * @param command the request, the intent, its data and who asks
     * @return the outcome ({@code changed=false} for a repeat)
     * @throws com.repairbot.domain.request.TransitionRefusedException when the intent has no row from the current
     *                                                                 status or the actor is not one of its parties
     * @throws com.repairbot.domain.shared.InvalidValueException       when the data does not fit the row
     */
    RequestChangeResult move(MoveRequestCommand command);
}
