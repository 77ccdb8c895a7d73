package com.repairbot.application.port.out;

import com.repairbot.domain.staff.ChatId;
import java.util.List;
import java.util.Optional;

/**
 * The chats the bot cannot write to: people who blocked it, groups that removed it, chats Telegram no longer
 * knows. Nothing is sent to a marked chat (it would be refused again); the mark is cleared when the person writes
 * again or the bot is added back to the group. Keyed by the Telegram chat id (for a person, their user id), so
 * that one mark serves every role.
 */
public interface UnreachableChats {

    /** Marks the chat; a chat marked already keeps its first time and takes the new reason. */
    void mark(UnreachableMark mark);

    /**
     * Clears the chat's mark.
     *
     * @return whether it was marked
     */
    boolean clear(ChatId chat);

    /** @return the chat's mark, if it has one */
    Optional<UnreachableMark> find(ChatId chat);

    /** @return every mark, in ascending chat id order (there are few) */
    List<UnreachableMark> all();
}
