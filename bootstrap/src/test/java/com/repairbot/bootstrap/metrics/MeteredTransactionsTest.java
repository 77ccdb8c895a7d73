package com.repairbot.bootstrap.metrics;

import com.repairbot.application.memory.InMemoryTransactions;
import com.repairbot.application.port.out.Transactions;
import com.repairbot.application.port.out.contract.TransactionsContract;

/** The decorator that holds counts until the commit is held to the contract of the units it wraps. */
class MeteredTransactionsTest extends TransactionsContract {

    @Override
    protected Transactions newTransactions() {
        return new MeteredTransactions(new InMemoryTransactions());
    }
}
