package com.repairbot.adapter.postgres;

import com.repairbot.adapter.postgres.testing.TemporaryPostgres;
import com.repairbot.application.port.out.CardPlacements;
import com.repairbot.application.port.out.contract.CardPlacementsContract;
import org.junit.jupiter.api.AfterEach;

class PostgresCardPlacementsIT extends CardPlacementsContract {

    private final TemporaryPostgres databases = new TemporaryPostgres();

    @Override
    protected CardPlacements newStore() {
        return new PostgresCardPlacements(databases.open());
    }

    @AfterEach
    void closeDatabases() {
        databases.closeAll();
    }
}
