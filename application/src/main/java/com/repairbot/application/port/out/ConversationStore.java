package com.repairbot.application.port.out;

import java.util.Optional;

/**
 * Where dialogs in progress are kept between messages. State and data are saved together; a save
 * carries the version it read so that a stale writer cannot overwrite a newer step.
 */
public interface ConversationStore {

    /**
     * @return the dialog of that user in that chat, if one is open and not expired by the store's TTL
     * @throws StoreUnavailableException when the store cannot be reached
     */
    Optional<Conversation> load(ConversationKey key);

    /**
     * Saves the dialog if the stored version is still {@code expectedVersion} (0: none stored).
     *
     * @param conversation the new state; its version must be {@code expectedVersion + 1}
     * @return whether it was saved; {@code false} when someone else saved first
     * @throws StoreUnavailableException when the store cannot be reached
     */
    boolean save(ConversationKey key, Conversation conversation, long expectedVersion);

    /**
     * Ends the dialog; ending one that does not exist changes nothing.
     *
     * @throws StoreUnavailableException when the store cannot be reached
     */
    void delete(ConversationKey key);
}
