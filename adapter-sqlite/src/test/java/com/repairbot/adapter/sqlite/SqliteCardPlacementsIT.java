package com.repairbot.adapter.sqlite;

import com.repairbot.application.port.out.CardPlacements;
import com.repairbot.application.port.out.contract.CardPlacementsContract;
import org.junit.jupiter.api.AfterEach;

class SqliteCardPlacementsIT extends CardPlacementsContract {

    private final TemporaryDatabase databases = new TemporaryDatabase();

    @Override
    protected CardPlacements newStore() {
        return new SqliteCardPlacements(databases.open());
    }

    @AfterEach
    void closeDatabases() {
        databases.closeAll();
    }
}
