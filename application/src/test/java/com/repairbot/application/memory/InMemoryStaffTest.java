package com.repairbot.application.memory;

import com.repairbot.application.port.out.Staff;
import com.repairbot.application.port.out.contract.StaffContract;

/** The reference implementation held to the contract every adapter meets. */
class InMemoryStaffTest extends StaffContract {

    @Override
    protected Staff newStore() {
        return new InMemoryStaff();
    }
}
