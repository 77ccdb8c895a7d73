package com.repairbot.application.port.in;

/**
 * Follows a group that Telegram upgraded to a supergroup (system): its chat id changed, so every technician
 * bound to the old id is bound to the new one, and the cards posted in the old chat are forgotten (they can no
 * longer be edited; the next card goes to the new chat).
 */
public interface MoveWorkGroupUseCase {

    /**
     * Runs in one transaction and is recorded in the audit log when it changes anything; moving a chat that
     * nothing points at any more (the second report of the same upgrade) changes nothing.
     *
     * @param command the old and the new chat id
     * @return what was moved
     */
    MoveWorkGroupResult move(MoveWorkGroupCommand command);
}
