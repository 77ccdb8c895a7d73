package com.repairbot.domain.request;

import com.repairbot.domain.staff.Actor;
import java.util.EnumSet;
import java.util.Set;

/**
 * One row of the {@link TransitionTable}: a move, who may make it, what it needs.
 *
 * @param from        status before
 * @param to          status after (equal to {@code from} only for a reassignment)
 * @param action      stable name of the intent, e.g. {@code accept}, {@code decline}
 * @param parties     who may make the move
 * @param requirement what data it needs
 */
public record Transition(Status from, Status to, String action, Set<Party> parties, Requirement requirement) {

    public Transition {
        parties = Set.copyOf(EnumSet.copyOf(parties));
    }

    /** @return whether the actor is one of the parties of this move for the given request */
    public boolean permits(Actor actor, RepairRequest request) {
        return parties.stream().anyMatch(party -> party.includes(actor, request));
    }
}
