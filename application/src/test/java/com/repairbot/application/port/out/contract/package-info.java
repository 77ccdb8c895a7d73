/**
 * Abstract contract tests of the out-ports, one {@code <Port>Contract} per port. They ship in the
 * application's test-jar: the in-memory implementations, and every adapter (SQLite, Redis), extend them
 * and only say how to make a fresh, empty store. The contracts use nothing but the port, so an adapter
 * passes exactly when it behaves as the port's Javadoc says.
 */
package com.repairbot.application.port.out.contract;
