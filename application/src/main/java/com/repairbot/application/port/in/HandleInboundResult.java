package com.repairbot.application.port.in;

import com.repairbot.application.conversation.Outbound;
import java.util.List;

/**
 * What {@link HandleInboundUseCase#handleWithOutcome} gives: the replies, and whether they only say that a store
 * could not be reached ("temporarily unavailable, try again"), so that the channel counts and logs the input as
 * failed rather than handled.
 *
 * @param replies          the replies, in order
 * @param storeUnavailable whether a store could not be reached and the replies say so
 */
public record HandleInboundResult(List<Outbound> replies, boolean storeUnavailable) {

    public HandleInboundResult {
        replies = List.copyOf(replies);
    }
}
