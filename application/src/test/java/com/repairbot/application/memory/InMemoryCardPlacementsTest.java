package com.repairbot.application.memory;

import com.repairbot.application.port.out.CardPlacements;
import com.repairbot.application.port.out.contract.CardPlacementsContract;

/** The reference implementation held to the contract every adapter meets. */
class InMemoryCardPlacementsTest extends CardPlacementsContract {

    @Override
    protected CardPlacements newStore() {
        return new InMemoryCardPlacements();
    }
}
