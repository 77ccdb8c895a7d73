package com.repairbot.application.memory;

import com.repairbot.application.port.out.Transactions;
import com.repairbot.application.port.out.contract.TransactionsContract;

/** The reference implementation held to the contract every adapter meets. */
class InMemoryTransactionsTest extends TransactionsContract {

    @Override
    protected Transactions newTransactions() {
        return new InMemoryTransactions();
    }
}
