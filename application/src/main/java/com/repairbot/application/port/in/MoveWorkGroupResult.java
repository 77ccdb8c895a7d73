package com.repairbot.application.port.in;

import com.repairbot.domain.staff.UserId;
import java.util.List;

/**
 * The outcome of {@link MoveWorkGroupUseCase}.
 *
 * @param rebound        the technicians now bound to the new chat, in ascending id order
 * @param cardsForgotten how many request cards of the old chat were forgotten
 * @param staffGroup     whether the old chat is the configured staff group ({@code GROUP_CHAT_ID}), which the
 *                       configuration still names and only the operator can change
 */
public record MoveWorkGroupResult(List<UserId> rebound, int cardsForgotten, boolean staffGroup) {

    public MoveWorkGroupResult {
        rebound = List.copyOf(rebound);
        if (cardsForgotten < 0) {
            throw new IllegalArgumentException("cardsForgotten must not be negative");
        }
    }

    /** @return whether any stored binding or card changed */
    public boolean changed() {
        return !rebound.isEmpty() || cardsForgotten > 0;
    }
}
