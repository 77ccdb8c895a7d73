package com.repairbot.application.memory;

import com.repairbot.application.port.out.IdempotencyKeys;
import com.repairbot.application.port.out.contract.IdempotencyKeysContract;

/** The reference implementation held to the contract every adapter meets. */
class InMemoryIdempotencyKeysTest extends IdempotencyKeysContract {

    @Override
    protected IdempotencyKeys newStore() {
        return new InMemoryIdempotencyKeys();
    }
}
