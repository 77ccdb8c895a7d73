package com.repairbot.application.port.in;

/**
 * What the channel hears about the bot's own place in a chat: a person who blocked it or a group that removed it
 * is marked unreachable (nothing is sent there any more, nothing retried), and the admins are told when that group
 * is a technician's work group or the staff group; a person who unblocked it or a group that added it back is
 * reachable again.
 */
public interface NoteChatMembershipUseCase {

    /** @param command the chat and whether the bot is in it now */
    void membershipChanged(ChatMembershipCommand command);
}
