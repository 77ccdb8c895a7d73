package com.repairbot.application.memory;

import com.repairbot.application.port.out.RepairRequests;
import com.repairbot.application.port.out.contract.RepairRequestsContract;

/** The reference implementation held to the contract every adapter meets. */
class InMemoryRepairRequestsTest extends RepairRequestsContract {

    @Override
    protected RepairRequests newStore() {
        return new InMemoryRepairRequests();
    }
}
