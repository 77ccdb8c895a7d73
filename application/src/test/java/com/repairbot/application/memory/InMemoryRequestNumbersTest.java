package com.repairbot.application.memory;

import com.repairbot.application.port.out.RequestNumbers;
import com.repairbot.application.port.out.contract.RequestNumbersContract;

/** The reference implementation held to the contract every adapter meets. */
class InMemoryRequestNumbersTest extends RequestNumbersContract {

    @Override
    protected RequestNumbers newStore() {
        return new InMemoryRequestNumbers();
    }
}
