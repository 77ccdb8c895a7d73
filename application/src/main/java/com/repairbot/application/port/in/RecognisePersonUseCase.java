package com.repairbot.application.port.in;

import com.repairbot.application.conversation.Inbound;

/** Who wrote, as their channel shows them: their names and language are remembered when they change. */
public interface RecognisePersonUseCase {

    /**
     * Remembers the sender's names and their channel's language when they differ from what is kept (nothing is
     * written otherwise), and says which language to answer them in.
     *
     * @param inbound what a person sent
     * @return the same input in the language the person reads (the one they chose, if they did)
     */
    Inbound recognise(Inbound inbound);
}
