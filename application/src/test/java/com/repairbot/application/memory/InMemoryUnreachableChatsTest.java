package com.repairbot.application.memory;

import com.repairbot.application.port.out.UnreachableChats;
import com.repairbot.application.port.out.contract.UnreachableChatsContract;

/** The reference implementation held to the contract every adapter meets. */
class InMemoryUnreachableChatsTest extends UnreachableChatsContract {

    @Override
    protected UnreachableChats newStore() {
        return new InMemoryUnreachableChats();
    }
}
