package com.repairbot.application.memory;

import com.repairbot.application.port.out.Clients;
import com.repairbot.application.port.out.contract.ClientsContract;

class InMemoryClientsTest extends ClientsContract {

    @Override
    protected Clients newStore() {
        return new InMemoryClients();
    }
}
