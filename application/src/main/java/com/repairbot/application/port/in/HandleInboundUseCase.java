package com.repairbot.application.port.in;

import com.repairbot.application.conversation.Inbound;
import com.repairbot.application.conversation.Outbound;
import java.util.List;

/**
 * The one entry point of a channel: something a person sent goes in, the replies to show in the same
 * chat come out. Dialogs, menus and actions all happen behind it.
 */
public interface HandleInboundUseCase {

    /**
     * @param inbound what was sent, by whom, where
     * @return the replies, in order (never empty for a person who wrote something)
     */
    List<Outbound> handle(Inbound inbound);

    /**
     * As {@link #handle}, saying also whether the replies only tell that a store could not be reached (the input
     * was not taken): a channel counts that input as failed. Without its own answer, an implementation's replies
     * count as handled.
     *
     * @param inbound what was sent, by whom, where
     * @return the replies and how the input ended
     */
    default HandleInboundResult handleWithOutcome(Inbound inbound) {
        return new HandleInboundResult(handle(inbound), false);
    }
}
