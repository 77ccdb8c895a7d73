package com.repairbot.application.memory;

import com.repairbot.application.port.out.contract.ReportQueriesContract;

/** The reference implementation held to the contract every adapter meets. */
class InMemoryReportQueriesTest extends ReportQueriesContract {

    @Override
    protected Store newStore() {
        InMemoryRepairRequests requests = new InMemoryRepairRequests();
        return new Store(requests, new InMemoryReportQueries(requests));
    }
}
