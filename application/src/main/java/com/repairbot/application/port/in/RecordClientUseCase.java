package com.repairbot.application.port.in;

import com.repairbot.domain.client.ClientAccount;

/** A client starts talking to the bot: they are remembered with their language and where they came from. */
public interface RecordClientUseCase {

    /**
     * Records a client seen for the first time (with the deep link's source, when valid); a client known already
     * keeps where they first came from.
     *
     * @return the client as stored
     * @throws com.repairbot.domain.request.ActionNotPermittedException {@code client} when clients are switched off
     *                                                                  and the user is not staff
     */
    ClientAccount record(RecordClientCommand command);
}
